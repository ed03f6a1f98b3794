import pytest

from egassist.organisations import asks_affiliation, asks_for_organisation, names_organisation


@pytest.mark.parametrize("question", [
    "Which intergovernmental organizations sent observers to the fifth meeting?",
    "What organisations did the Secretariat consult?",
    "哪些国际组织在会上作了发言？",
    "会员国建议毒品和犯罪问题办公室与哪些组织加强合作？",
    "What is the name of the research institute that attended?",
    "该研究机构的名称是什么？",
    # Companies are asked by name.
    "Which Internet service providers or technology companies were represented at the meeting?",
    "哪些公司派代表出席了会议？",
    "How many and which companies attended?",
])
def test_questions_asking_which_organisations(question):
    assert asks_for_organisation(question)


@pytest.mark.parametrize("question", [
    "共有几个政府间组织派代表出席？",          # a count
    "哪些国家组织了培训？",                    # organised
    "特设委员会在组织会议上选出的主席是谁？",   # the organizational session
    "What did the organization of work provide?",
    "Which types of organizations attended the sixth meeting?",   # kinds, the answer
    "哪些类型的组织出席了会议？",
    "哪类企业参加了会议？",                     # a kind
    "Which companies of the private sector spoke?",
    "Which FBI official is quoted on companies keeping silent about attacks?",
    "哪个机构请各公司不要对网络钓鱼攻击保持沉默？",   # an agency: a verb before 公司
    "Which agency urged companies to report phishing attacks?",   # the agency is asked
    "哪个国家的公司最多？",
    "What should companies do instead of keeping silent?",
    "What types of companies attended?",
    # "what" after the question's own question word opens a clause: a topic number is asked.
    "Which topic number is about what internet companies should be responsible for?",
])
def test_questions_asking_no_organisation(question):
    assert not asks_for_organisation(question)


@pytest.mark.parametrize("text", [
    "下列政府间组织的代表也作了发言：欧洲委员会、欧洲联盟、上海合作组织。",
    "例如独立国家联合体和美洲国家组织",
    "区域组织与国际刑警组织",
    "The Shanghai Cooperation Organization made a statement.",
    "the Council of Europe and INTERPOL",
    "微软公司的代表作了发言",
])
def test_texts_naming_an_organisation(text):
    assert names_organisation(text)


@pytest.mark.parametrize("text", [
    # The kind only: the sixth meeting's report says that some attended, not which.
    "有[94]个会员国、一个观察员国、政府间组织和私营部门派代表出席了会议。",
    "国际组织和非政府组织",
    # The reports' own bodies and secretariat are the setting, no answer.
    "预防犯罪和刑事司法委员会请特设委员会提交报告",
    "联合国毒品和犯罪问题办公室编写了调查表",
    "intergovernmental organizations attended",
    "美国联邦调查局已请各公司不要对网络攻击保持沉默",   # companies, none named
    "互联网公司应与执法机关合作",
    "跨国公司和保险公司",                           # kinds of company
])
def test_texts_naming_no_organisation(text):
    assert not names_organisation(text)


@pytest.mark.parametrize("question, asks", [
    ("鲁传颖在中国的哪个机构任职？", True),
    ("该专家供职于中国哪个机构？", True),
    ("Which institution does Cristina Schulman work for?", True),
    ("What is the panellist's affiliation?", True),
    ("研究是在哪个机构的主持下进行的？", False),   # under whose auspices: a body
    ("结论和建议最终要提交给哪个机构？", False),
])
def test_questions_asking_where_someone_works(question, asks):
    assert asks_affiliation(question) is asks
