"""A question asking the assistant's own recommendation: "Can you recommend a hotel near the
Vienna International Centre?", "附近有没有酒店可以推荐？", "请推荐几本入门书籍。".

The documents record what their bodies recommended ("每个区域组最多可以向秘书处推荐几名政府
专家", "the Expert Group recommended ..."); they advise no reader. Such a question matched the
passages on the Vienna conference services or on recommendations, and was answered from them.
Only a recommendation asked of the one addressed counts: a body recommending (区域组……推荐几名)
asks what the documents say.
"""

from __future__ import annotations

import re

# A request opening a sentence: "Can you recommend ...", "Could you suggest ...", "Any tips on
# ...?" (Not "Which measures would you recommend to States?", which may ask what the documents
# recommend.)
_OWN_ADVICE_EN = re.compile(
    r"(?:^|[.?!]\s+)(?:please\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?"
    r"(?:recommend|suggest)\b|"
    r"(?:^|[.?!]\s+)(?:any|your)\s+(?:recommendations?|suggestions?|tips)\s+(?:for|on)\b",
    re.I)
# 请推荐, 帮我推荐, 你（们）能推荐, 有什么推荐的, 推荐一下, and "有没有……推荐" ending the question
# with no object ("附近有没有……酒店可以推荐？"): the one addressed is asked to recommend. (Not
# "各区域组可以推荐吗？", a body's recommending.)
_OWN_ADVICE_ZH = re.compile(
    r"(?:请|帮我|帮忙|麻烦)\s*推荐|(?:你|您)们?\s*(?:能|能否|可以|可否|会)?\s*(?:给我)?\s*推荐|"
    r"有什么(?:好的?|值得)?推荐|推荐一下|"
    r"(?:有没有|有无)[^，,。？?；;]*推荐(?:的)?(?:吗|呢)?\s*[？?。]?\s*$")


def asks_own_advice(question: str) -> bool:
    """Does the question ask the one addressed for a recommendation of their own?"""
    return bool(_OWN_ADVICE_EN.search(question) or _OWN_ADVICE_ZH.search(question.strip()))
