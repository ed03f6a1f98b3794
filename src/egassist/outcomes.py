"""Whether a question asks if something finally happened, and whether a passage says it did.

The documents plan a great deal: the outline proposes sessions, approvals and a signing
conference; the reports schedule the next meeting. "特设委员会第八届会议最终是否按计划核准了公约草案
案文？" is answered only by a sentence saying the draft was approved, never by the timetable that
says it is to be. A sentence naming the act with a plan word (将, 拟, 可考虑, 供……审议, "will",
"to be", "for approval") is a plan; one naming it without is a statement of what happened.
"""

from __future__ import annotations

import re

from .acts import ACTS as BASE_ACTS, HOLDING, act_opening, first_act, names_act
from .meetings import cites_resolution_of, english_meeting, meeting_ordinals, names_sitting
from .tokens import part_of_speech

ACTS = BASE_ACTS + (HOLDING,)
"""The acts a question may ask whether they finally happened: those `acts` knows, and holding."""

# "最终是否", "是否最终", "实际上有没有"; "Was ... eventually held", "Did ... ultimately adopt".
_FINALLY = r"最终|最后|终于|实际上?|到底|eventually|ultimately|finally|actually|in the end"
_FINALLY_ZH = re.compile(rf"(?:{_FINALLY})\s*(?:是否|有没有|有无)|(?:是否|有没有|有无)\s*(?:{_FINALLY})")
_FINALLY_EN = re.compile(r"^\s*(?:was|were|did|has|have|had|is|are)\b[^?]*?"
                         rf"\b(?:{_FINALLY})\b", re.I)
# ... and which one finally happened: "Which conclusions did the Expert Group finally adopt?",
# "最终通过了哪些建议". Only with the act right after the word: "what did it finally say about the
# adoption" asks what was said, and 最终报告 is a final report.
_FINALLY_WH = re.compile(r"^\s*(?:which|what|how)\b[^?]*?\b(?:eventually|ultimately|finally)\s+",
                         re.I)
_FINALLY_BEFORE_ZH = re.compile(r"(?:最终|最后|终于)(?:还是)?")
# ... unless the question asks what the plan is: "特设委员会计划在第八届会议上最后核准哪些案文？",
# "What will it finally approve according to the proposed timetable?"
_PLAN_ASKED = re.compile(r"计划|拟(?![订定])|将|预定|设想|\b(?:plan\w*|propos\w*|timetable|will|would|"
                         r"to be|expected|intended|scheduled)\b", re.I)

PLAN = re.compile(
    r"(?<![按工作行动])计划(?:于|在|将|举行|召开)|拟(?![订定])|预定|预计|可考虑|可以|可在|设想|应于|"
    r"将(?:于|在|会|要|举行|召开|提交|核准|批准|通过|成为|作为|审议|讨论|进行|开展|继续|编写|编制)|"
    r"供[^。；]{0,40}?(?:审议|通过|核准|批准)|提交[^。；]{0,40}?(?:审议|核准|批准)|"
    r"\b(?:will|shall|would|planned|scheduled|expected to|intended to|is to|are to|to be|"
    r"for (?:its |their )?(?:approval|adoption|consideration))\b|\b(?-i:may)\b", re.I)
"""Words that make a sentence a plan, not a report of what happened."""


def asked_outcome(question: str) -> tuple[str, ...]:
    """The act a question asks whether (or what of it) finally happened, in its forms (("核准",
    "批准", "approv(?:e|es|ed|al)") for "……最终是否核准了……"); () when it asks no such thing. The
    act is the first one named after "最终是否" / "eventually" in a yes-or-no question, the one
    right after the word in any other ("Which conclusions did it finally adopt?")."""
    m = _FINALLY_ZH.search(question) or _FINALLY_EN.search(question)
    if m:
        return first_act(question[m.end():], ACTS)
    if not asks_which_happened(question):
        return ()
    m = _FINALLY_WH.search(question)
    if m:
        return act_opening(question[m.end():], ACTS)
    return next((act for m in _FINALLY_BEFORE_ZH.finditer(question)
                 if (act := act_opening(question[m.end():], ACTS))), ())


def asks_which_happened(question: str) -> bool:
    """Does the question ask which things finally happened ("Which conclusions did it finally
    adopt?", 最终通过了哪些), rather than whether one did, or what a plan says?"""
    if _FINALLY_ZH.search(question) or _FINALLY_EN.search(question) or _PLAN_ASKED.search(question):
        return False
    m = _FINALLY_WH.search(question)
    if m:
        return bool(act_opening(question[m.end():], ACTS))
    return any(act_opening(question[m.end():], ACTS) for m in _FINALLY_BEFORE_ZH.finditer(question))


_THING_EN = re.compile(r"^\s*(?:which|what)\s+(?!(?:did|does|do|was|were|is|are|has|have|had)\b)"
                       r"([^,?]+?)\s+(?:did|were|was|has|have|had|are|is)\b", re.I)
_GENERIC_THINGS = frozenset("文件 文书 事项 内容 东西 工作 结果 成果 决定 措施 项目 案文 文本 论文".split())


def kind_of_thing(word: str) -> bool:
    """Does the word name a kind of thing, not a particular one ("最终通过了哪些文件", 结果文件, asks
    for any)?"""
    return word in _GENERIC_THINGS or any(
        word[:i] in _GENERIC_THINGS and word[i:] in _GENERIC_THINGS for i in range(1, len(word)))
_THING_ZH = re.compile(r"(?:哪些|哪几项|哪几条|什么)([^，,。？?；;、并和及与]{1,12}(?:[和及与、][^，,。？?；;、并]{1,8})?)"
                       r"(?=并|[，,。？?；;]|$)")


_EVENT_VERBS = frozenset({"召开", "举行", "举办", "开会", "进行"})


def thing_asked(question: str) -> str:
    """What a "which ... finally happened" question asks for ("conclusions and recommendations"
    of "Which conclusions and recommendations did the Expert Group finally adopt?"); "" for a
    yes-or-no one, or one asking no such thing. A sentence that says the act happened to
    something else (the workplan was adopted) does not answer it."""
    if not asks_which_happened(question):
        return ""
    m = _FINALLY_WH.search(question)
    if m:
        thing = _THING_EN.match(question)
        return thing.group(1) if thing else ""
    m = _FINALLY_BEFORE_ZH.search(question)
    thing = _THING_ZH.search(question, m.end()) if m else None
    if not thing:
        return ""
    # Less the event's verb after it: "最终批准以什么形式召开" asks for a form (形式), and the
    # report says the meeting was to be 举行, not 召开 (not 修订 of "哪些预算修订").
    words = part_of_speech(thing.group(1))
    while len(words) > 1 and words[-1].word in _EVENT_VERBS:
        words.pop()
    return "".join(w.word for w in words)


def asking_word(token: str, act: tuple[str, ...]) -> bool:
    """Is a key term of the question only its asking (the act, "最终"), not what it asks about?"""
    return bool(re.fullmatch(_FINALLY, token, re.I)) or names_act(token, act)


def states_done(sentence: str, act: tuple[str, ...]) -> bool:
    """Does the sentence (a clause or a table's row) name the act as what happened, not as a
    plan?"""
    return names_act(sentence, act) and not PLAN.search(sentence)


# How a decision was voted: "What was the recorded vote on resolution 74/247?", "What was the
# outcome of the General Assembly vote on ...?", 表决结果如何, 多少票赞成. A report that says the
# resolution was adopted holds every key term and no vote.
_ASKS_VOTE = re.compile(r"表决(?:结果|情况)|投票(?:结果|情况)|多少票|几票|赞成票|反对票|弃权票|"
                        r"\brecorded vote\b|"
                        r"\bwhat (?:was|were) the (?:final )?votes?\b|"
                        r"\bvote (?:count|tally|result|outcome|breakdown)\b|"
                        # ... or by what majority: "需要三分之二多数还是简单多数？"
                        r"三分之二多数|简单多数|特定多数|绝对多数|多少多数|何种多数|"
                        r"\b(?:two-thirds|simple|qualified|absolute|required|what) majority\b|"
                        r"\b(?:outcome|result) of the (?:[\w-]+ ){0,4}?vote\b|\bvoted? (?:in favou?r|for|"
                        r"against)\b|\bby what (?:vote|margin)\b|\bhow did [^?]{0,60}\bvote\b", re.I)
# A majority that decides (三分之二多数, "a majority of the members"), not 多数国家 ("most").
_STATES_VOTE = re.compile(r"票|表决|投票|协商一致|(?:三分之二|简单|特定|绝对)多数|"
                          r"\b(?:two-thirds|simple|qualified|absolute) majority\b|"
                          r"\bmajority of (?:the )?(?:members|votes|representatives|States)\b|"
                          r"\bvot(?:e|es|ed|ing)\b|\babstain\w*|\babstention|"
                          r"\bin favou?r\b|\bconsensus\b", re.I)


def asks_vote(question: str) -> bool:
    """Does the question ask how a decision was voted (the count, the result, who voted how)?"""
    return bool(_ASKS_VOTE.search(question))


def states_vote(text: str) -> bool:
    """Does the text say how something was voted (a count, a recorded vote, without a vote, by
    consensus)?"""
    return bool(_STATES_VOTE.search(text))


# "委员会第二十七届会议对……报告作出了什么决定？", "What action did the Commission take on the
# report?": a decision taken, which only a sentence saying that someone decided, adopted,
# endorsed, took note ... states. The report's masthead names the session it is submitted to,
# not what that session did with it. (Not "采取了哪些措施": measures are described, not decided.)
# (Done, not to be done: "会员国应采取哪些行动" asks what should be done; nor what speakers called
# for or recommended.)
_ASKS_DECISION = re.compile(r"(?<![应可将要需])(?:作出|做出|作了|做了)了?(?:什么|哪些|何种|怎样的?)"
                            r"(?:决定|决议|行动)|(?<![应可将要需])采取了(?:什么|哪些|何种)行动|"
                            r"决定了(?:什么|哪些)|"
                            r"\bwhat actions? did\b[^?]{1,120}?\btake\b|\bwhat decisions? did\b|"
                            r"\bwhat (?:action|decision)s? (?:was|were) taken\b|"
                            r"\bwhat did [^?]{1,80}?\bdecide\b", re.I)
_STATES_DECISION = re.compile(r"决定|核可|核准|批准|通过|注意到|赞同|认可|欢迎|(?<![申邀])请|鼓励|敦促|授权|"
                              r"\b(?:decided|decides|adopted|adopts|endorsed|approved|took note|"
                              r"welcomed|requested|encouraged|urged|authorized)\b", re.I)


# "……最终对纲要和方法作出了什么决定？", "会员国后来得出了什么可行性评估结论？": what was decided or
# concluded in the end, after what the documents report. The outline proposes and the reports
# recommend; a sentence that only plans a decision (提交……审议及核准, "will") or recommends what
# should be assessed (会员国应当……评估) has none to give.
# "In the end", not the adjective: 最终报告 and 最后一次 / 最后两次 / 最后的会议 name a last thing.
_LATER = re.compile(r"最终(?![报文草案稿版])|最后(?![一二三四五六七八九十两几个的那次届天阶报文])|终于|"
                    r"后来|随后|此后|事后|"
                    r"\b(?:eventually|ultimately|finally|later|subsequently|in the end)\b", re.I)
_ASKS_CONCLUSION = re.compile(r"得出了?(?:什么|哪些|何种|怎样的?)[^，,。？?]{0,10}?结论|"
                              r"\bwhat (?:\w+ )?conclusions? did\b|"
                              r"\breach(?:ed)? (?:what|which) (?:\w+ )?conclusions?\b", re.I)
# A conclusion drawn, not a list of preliminary ones put forward for discussion (初步结论和建议).
_CONCLUDED = re.compile(r"(?<!初步)结论|\bconclu(?:ded|des)\b|(?<!preliminary )\bconclusions?\b",
                        re.I)
# A recommendation's modal: 会员国应当, 还应. Not 应 of another word: 应对 ("counter"), 相应,
# 适应, 响应, 供应, 回应, 应邀 and 应……请求 ("at the request of"), 应急 ("emergency"), 应用.
SHOULD = re.compile(r"应当|应该|(?<![相反适响供答对回])应(?![对用变邀急]|[^，。；]{0,8}(?:请求|要求))|"
                    r"\b(?:should|ought to)\b", re.I)
# 拟议 ("proposed") and 编拟 ("drafted") name what a decision may be about, not a plan of it.
_NOT_A_PLAN = re.compile(r"拟议|编拟")


def asks_settled(question: str) -> bool:
    """Does the question ask what was finally (later) decided or concluded?"""
    return bool(_LATER.search(question)) and (
        asks_decision(question) or bool(_ASKS_CONCLUSION.search(question)))


def states_settled(text: str) -> bool:
    """Does the text say that something was decided or concluded, neither planning it nor
    recommending it?"""
    return (states_decision(text) or bool(_CONCLUDED.search(text))) \
        and not PLAN.search(_NOT_A_PLAN.sub(" ", text)) and not SHOULD.search(text)


def asks_decision(question: str) -> bool:
    """Does the question ask what someone decided (作出了什么决定, "what action did ... take")?"""
    return bool(_ASKS_DECISION.search(question))


# "大会第七十五届会议对拟议的纲要和方法作出了什么决定？": the decision asked is the session's
# own. The outline reports what the Assembly decided in resolution 74/247 and that the outline
# goes to the seventy-fifth session "for consideration and approval": a session a matter is sent
# to (提交……审议, "for consideration at") has decided nothing in that clause. A session decides
# in its own resolutions too: 第 74/247 号决议 is of the seventy-fourth.
_SENT_TO = re.compile(r"(?:提交|提请|交由|送交|转交|供|向|由|列入)[^，。；;,]{0,8}$|"
                      r"\b(?:submit|refer|transmit|forward|present|report)\w*\b[^.;,]{0,70}$|"
                      r"\bfor (?:its )?(?:consideration|approval|adoption|review)\b[^.;,]{0,50}$|"
                      r"\bbefore\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}$", re.I)
# ... or after it: "第七十五届会议临时议程", "由第七十五届会议审议".
_SENT_AFTER = re.compile(r"^会议?[ \u3000]*的?(?:临时议程|议程|审议(?!并|后)|核准(?!了))")


def deciding_session(question: str) -> str:
    """The session a question asking a decision names (第七十五届; "" when it names none). What
    was finally decided (`asks_settled`) is read as such."""
    if not asks_decision(question) or asks_settled(question):
        return ""
    return next((form for form in meeting_ordinals(question) if form.endswith("届")), "")


def decided_at_session(text: str, session: str, english: bool = False) -> bool:
    """Does the text name `session` (第七十五届) as where a decision was made, or cite one of its
    resolutions (75/xxx), not only as what a matter is sent to? `english`: the question is, and
    its "first session" may be a sitting (第 1 场会议, `meetings.names_sitting`)."""
    if cites_resolution_of(session, text):
        return True
    if english and names_sitting(session, text):
        return True
    forms = [re.escape(session)]
    spelt = english_meeting(session)
    if spelt:
        # ... in English also a congress or conference by its ordinal: "During the Twelfth United
        # Nations Congress on Crime Prevention ..." is the 第十二届 (预防犯罪)大会.
        ordinal = re.escape(spelt.split()[0].lower())
        forms += [re.escape(spelt.lower()),
                  rf"(?<![\w-]){ordinal}(?:\s+(?:united|nations|world|global|international|"
                  r"regional|ministerial|high-level)){0,4}\s+(?:congress|conference)\b"]
    lowered = text.lower()
    return any(not _SENT_TO.search(lowered[max(0, m.start() - 80): m.start()])
               and not _SENT_AFTER.match(lowered[m.end(): m.end() + 20])
               for form in forms for m in re.finditer(form, lowered))


def states_decision(text: str) -> bool:
    """Does the text say that something was decided (决定, 通过, 注意到, "adopted", "took
    note")?"""
    return bool(_STATES_DECISION.search(text))
