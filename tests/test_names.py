"""Names the corpus never mentions are evidence that a question is about something else."""

from egassist.names import (chinese_names, english_names, names_quoted_from,
                            unknown_glossed_names, unknown_names, unknown_organisation_parts,
                            whole_name)


def test_chinese_person_and_place_names_are_found():
    assert "叙利亚" in chinese_names("联合国安理会关于叙利亚问题通过了哪些决议？")
    assert "阿富汗" in chinese_names("毒品和犯罪问题办公室在阿富汗开展了哪些项目？")
    assert chinese_names("专家组第四次会议由谁宣布开幕？") == []


def test_a_phrase_of_everyday_words_jieba_tags_as_a_name_is_no_name():
    # jieba tags 保持沉默 ("keep silent") as a person's name; it is 保持 + 沉默.
    question = "呼吁企业不要对黑客攻击保持沉默的美国官员叫什么名字？"
    assert "保持沉默" not in chinese_names(question)
    # A name's pieces are syllables no dictionary glosses (叙 + 利亚, 安哥 + 拉).
    assert "叙利亚" in chinese_names("叙利亚代表说了什么？")
    assert chinese_names("安哥拉代表在布达佩斯说了什么？") == ["安哥拉", "布达佩斯"]
    # A demonstrative and its measure word: "那串罪名", that string of offences.
    assert "那串" not in chinese_names("原文那串罪名是怎么列的，我想照抄。")


def test_a_postposition_and_a_verb_after_a_noun_is_no_name():
    # jieba tags 中占比 a place: "在……总额中占比几何", "what share of the total".
    assert chinese_names("尼日利亚信件诈骗在损失总额中占比几何？") == ["尼日利亚"]
    assert "中美洲" in chinese_names("中美洲国家有哪些？")  # 美洲 is a place
    assert "里约热内卢" in chinese_names("巴西里约热内卢举行了什么会议？")  # 约 is no verb


def test_an_everyday_word_jieba_tags_as_a_person_is_no_name():
    # 范畴 ("category") is a person to jieba; a person's name seldom has a gloss at all.
    assert chinese_names("服务提供商的责任是否属于刑事定罪措施的范畴？") == []


def test_a_national_is_known_where_the_country_is():
    corpus = "泰国、尼日利亚"
    assert unknown_names("主讲人里有一位泰国人，他的头衔是什么？", "zh", corpus) == []
    assert unknown_names("主讲人里有一位越南人吗？", "zh", corpus) == ["越南人"]


def test_a_title_english_documents_never_write_is_unknown():
    # English documents: the glossary's English for the title, written (whitespace and case
    # aside) or not.
    corpus = "EUConventiononCybercrime(theBudapestConvention),article32(b)"
    assert unknown_names("《联合国反腐败公约》缔约国会议在哪里举行？", "zh", corpus,
                         english_documents=True) == ["联合国反腐败公约"]
    assert unknown_names("《布达佩斯公约》第32条允许什么？", "zh", corpus,
                         english_documents=True) == []
    # Only an instrument's title: 《刑法》 is any State's criminal law.
    assert unknown_names("各国《刑法》应如何规定网络犯罪的罪名？", "zh", corpus,
                         english_documents=True) == []
    # (Over Chinese documents the title is read as before: no name, written or not.)
    assert unknown_names("《联合国反腐败公约》缔约国会议在哪里举行？", "zh", "缔约国会议") == []


def test_a_numeral_with_a_distributive_is_no_name():
    # jieba cuts "附件二各是什么" as 附件 / 二各 and tags 二各 a name.
    assert chinese_names("E/CN.15/2011/19 的附件一和附件二各是什么？") == []


def test_a_comparison_jieba_tags_as_a_name_is_no_name():
    # jieba tags 远高于 ("far higher than") a person's name.
    assert chinese_names("为什么网上犯罪的实际发生量可能远高于报案数量？") == []
    assert chinese_names("哪些国家的报案数量低于实际数量？") == []  # (a control: no name tag)


def test_a_company_is_a_name_from_four_characters():
    assert "微软公司" in chinese_names("微软公司的代表提出了什么意见？")
    assert unknown_names("微软公司的代表提出了什么意见？", "zh", "私营部门") == ["微软公司"]


def test_english_names_skip_sentence_starts_acronyms_and_stopwords():
    assert english_names("What does the Malabo Convention require?") == ["Malabo", "Convention"]
    assert english_names("Can NGOs and UNODC's partners help? Syria was named.") == []
    assert english_names("Did Kenya's delegation speak?") == ["Kenya"]
    # A month or a weekday is a date, however the documents write it (2021 年 8 月).
    assert english_names("How many sessions between August 2021 and June 2024?") == []
    assert english_names("Was it opened on Monday, 10 April?") == []


def test_a_name_is_unknown_only_when_no_form_of_it_is_in_the_corpus():
    corpus = "维也纳举行会议\n布达佩斯公约"
    assert unknown_names("明天维也纳的天气怎么样？", "zh", corpus) == []
    assert unknown_names("联合国关于叙利亚的决议", "zh", corpus) == ["叙利亚"]
    # The dictionary renders Vienna as 维也纳, which the corpus has; Malabo (马拉博) it lacks.
    assert unknown_names("What was said in Vienna about it?", "en", corpus) == []
    assert unknown_names("What does the Malabo Convention say?", "en", corpus) == ["Malabo"]
    # Spelt in Latin letters in the corpus (an English document or a footnote): known.
    assert unknown_names("What does the Malabo Convention say?", "en", corpus + "\nMalabo") == []


def test_a_country_the_corpus_never_names_is_unknown_in_an_english_question():
    corpus = "安哥拉代表发言"
    assert unknown_names("What did Syria and Angola say?", "en", corpus) == ["Syria"]


def test_a_word_of_a_country_name_the_corpus_has_is_known():
    # "Russian" alone is 俄国人 to the dictionary; the Russian Federation is 俄罗斯联邦.
    corpus = "Vadim Sushchik（俄罗斯联邦）"
    assert unknown_names("Which panellist came from the Russian Federation?", "en", corpus) == []
    assert unknown_names("Which panellist came from the Russian Federation?", "en",
                         "Malini Govender（南非）") != []


def test_a_nationality_is_known_when_the_corpus_names_its_country():
    corpus = "下列国家的专家作了发言：爱沙尼亚、巴西"
    assert unknown_names("What did the Estonian expert say?", "en", corpus) == []
    assert unknown_names("What did the Brazilian expert say?", "en", corpus) == []
    assert unknown_names("What did the Kenyan expert say?", "en", corpus) == ["Kenyan"]


def test_a_name_the_glossary_renders_is_unknown_when_its_rendering_is_not_in_the_corpus():
    # Europol is 欧洲刑警组织 in the glossary, which the dictionary does not know.
    corpus = "维也纳\n国际刑事警察组织\n专家组"
    assert unknown_names("Did the Expert Group work with Europol?", "en", corpus) == ["Europol"]
    assert unknown_names("Did the Expert Group work with Europol?", "en",
                         corpus + "\n欧洲刑警组织") == []
    # A word of a glossary phrase alone ("Hoc" of "ad hoc committee") is never called unknown;
    # the phrase written as a name is, when the corpus lacks its rendering (特设委员会).
    assert unknown_names("What did the Ad Hoc Committee decide?", "en", corpus) == \
        ["Ad Hoc Committee"]
    assert unknown_names("What did the Ad Hoc Committee decide?", "en", corpus + "\n特设委员会") == []


def test_a_body_named_by_everyday_words_is_unknown_when_its_name_is_not_in_the_corpus():
    # Each word of the name has a rendering the corpus uses (委员, 人权, 办事处), so only the whole
    # name, a glossary phrase, shows that the documents never name the Office.
    question = ("Did the Office of the United Nations High Commissioner for Human Rights submit "
                "comments to the Expert Group?")
    corpus = "专家组\n委员会\n人权\n高级\n办事处"
    assert unknown_names(question, "en", corpus) == [
        "Office of the United Nations High Commissioner for Human Rights"]
    assert unknown_names(question, "en", corpus + "\n人权高专办") == []
    # A concept written with capitals is no body's name (review of d1d49a7).
    assert unknown_names("What do they say about Child Sexual Abuse Material (CSAM)?", "en",
                         corpus) == []
    # In English documents the name itself is there.
    english = "theofficeoftheunitednationshighcommissionerforhumanrightssaid"
    assert unknown_names(question, "en", corpus + "\n" + english, english_documents=True) == []
    # Not a name when written as everyday words: "the human rights council of a region".
    assert unknown_names("What did the human rights council of the region say?", "en",
                         corpus) == []


def test_a_word_the_dictionary_does_not_know_is_never_called_unknown():
    assert unknown_names("What did Xqzvtland propose?", "en", "维也纳") == []


def test_with_english_documents_a_chinese_name_may_be_there_in_english():
    corpus = "维也纳\nthe delegation of afghanistan said"
    assert unknown_names("阿富汗代表团说了什么？", "zh", corpus) == ["阿富汗"]
    assert unknown_names("阿富汗代表团说了什么？", "zh", corpus, english_documents=True) == []
    # No English gloss known: with English documents we cannot tell, so it is not "unknown".
    assert unknown_names("叙利亚的立场是什么？", "zh", corpus, english_documents=True) == []
    assert unknown_names("北京的天气怎么样？", "zh", corpus, english_documents=True) == ["北京"]


def test_an_organisation_of_the_glossary_is_a_name_the_corpus_may_lack():
    # The glossary knows 东南亚国家联盟 (ASEAN), which is why chinese_names skips it.
    question = "东南亚国家联盟在能力建设方面提供了哪些援助？"
    corpus = "能力建设\n援助"
    assert unknown_names(question, "zh", corpus) == ["东南亚国家联盟"]
    assert unknown_names(question, "zh", corpus + "\n东盟") == []  # another rendering
    # The name less its head is how the documents may say it: 方案网的一个研究机构.
    assert unknown_names("方案网研究所派谁出席了会议？", "zh", corpus + "\n方案网的一个研究机构") == []
    assert unknown_names("方案网各研究所派谁出席了会议？", "zh", corpus + "\n方案网的一个研究机构") == []
    # A kind (民间社会组织) is no name; the documents use 民间社会.
    assert unknown_names("民间社会组织能否参加？", "zh", corpus + "\n民间社会") == []


def test_a_verb_after_an_adverb_of_mutuality_is_no_name():
    # jieba tags 相平衡 ("balance against each other") as a person's name: it is 相 + 平衡.
    assert chinese_names("哪两项权利要与打击网络犯罪的必要性相平衡？") == []


def test_a_courtesy_opening_the_question_is_no_name():
    # jieba tags 劳驾 ("excuse me") as a person's name.
    assert chinese_names("劳驾问一下，脚注怎样解释“网络钓鱼”一词？") == []
    assert chinese_names("打扰一下，秘鲁代表说了什么？") == ["秘鲁"]


def test_a_glossary_term_is_never_a_name():
    # jieba's dictionary tags 法律文书 ("legal instrument") as a person's name.
    assert chinese_names("为什么没有必要制定新的全球性网络犯罪法律文书？") == []


def test_a_work_pointed_at_is_no_name():
    # jieba tags 那本书 ("that book") as a name: "Lipson 那本书" was refused as never mentioned.
    assert chinese_names("Lipson 那本书是哪家出版社出版的？") == []


def test_pieces_of_an_organisation_the_corpus_never_names_are_not_key_terms():
    question = "世界贸易组织对网络犯罪有什么规定？"
    assert unknown_organisation_parts(question, {"网络", "犯罪", "规定"}) == {"世界", "贸易", "组织"}
    # Named in the corpus: its pieces are ordinary key terms.
    assert unknown_organisation_parts(question, {"世界贸易组织"}) == set()
    # A piece the question also uses as a word of its own stays.
    assert unknown_organisation_parts("世界贸易组织和世界各国有什么规定？", set()) == {"贸易", "组织"}


def test_an_everyday_word_jieba_tags_as_a_place_is_no_name():
    # jieba tags 避风港 ("safe haven") as a place; its only gloss, "port", is an everyday word.
    assert "避风港" not in chinese_names("各国怎样才能不让犯罪分子找到避风港？")
    assert "阿富汗" in chinese_names("毒品和犯罪问题办公室在阿富汗开展了哪些项目？")


def test_an_unknown_word_is_reported_as_the_whole_name_it_belongs_to():
    assert whole_name("What did Solomon Islands propose?", "Islands") == "Solomon Islands"
    assert whole_name("What did the Republic of the Congo say?", "Congo") == \
        "Republic of the Congo"
    assert whole_name("What does the Malabo Convention say?", "Malabo") == "Malabo Convention"
    assert whole_name("What is Kenya's view?", "Kenya") == "Kenya"
    # "and" joins two names as often as one ("Bosnia and Herzegovina"); a question word, a
    # sentence break and lower-case words end a name.
    assert whole_name("What did Syria and Angola say?", "Syria") == "Syria"
    assert whole_name("Did Saint Lucia speak?", "Saint") == "Saint Lucia"
    assert whole_name("It was Syria. Angola spoke.", "Syria") == "Syria"


def test_the_noun_a_question_word_asks_for_is_a_kind_not_a_name():
    # jieba tags 城市 ("city") as a place; 在哪个城市 asks for one.
    assert chinese_names("专家组第二次会议在哪个城市举行？") == []
    assert chinese_names("会议在什么城市举行？") == []
    # ... with a measure word between (jieba: 哪 / 座 / 城市, 哪 / 一座 / 城市).
    assert chinese_names("特设委员会在哪座城市举行几届会议？") == []
    assert chinese_names("会议在哪一座城市举行？") == []
    # ... or a measure word jieba keeps with 哪 (哪份 / 东西: "which thing", tagged a place).
    assert chinese_names("UNODC/CCPCJ/EG.4/2017/3 是哪份东西？") == []
    # ... but a name after it stays a name (review of 1f95ff6).
    assert chinese_names("哪份马拉博公约的条款涉及数据保护？") == ["马拉博"]
    assert chinese_names("在哪次日内瓦会议上讨论了电子证据？") == ["日内瓦"]
    assert chinese_names("哪一位代表来自秘鲁？") == ["秘鲁"]
    # ... or a kind (哪种, 何种): jieba tags 权衡 ("trade-off") as a person's name.
    assert chinese_names("专家组着重讨论了哪种权衡？") == []
    assert chinese_names("会议强调了何种权衡？") == []
    assert chinese_names("第五次会议着重讨论了什么样的权衡？") == []
    # A measure word that is the noun itself (哪天) leaves the next word a name.
    assert chinese_names("哪天秘鲁代表发言？") == ["秘鲁"]
    assert chinese_names("巴西的首都是哪里？") == ["巴西"]


def test_a_name_the_corpus_writes_letter_for_letter_is_found_whole():
    corpus = "报告员，ChristopherD.Ram（加拿大）。"  # whitespace removed, as corpus_text() is
    assert names_quoted_from("Who is Christopher D. Ram?", corpus) == ["Christopher D. Ram"]
    assert names_quoted_from("Who is Christopher Columbus?", corpus) == []
    assert names_quoted_from("What did Ram say?", corpus) == []   # one word: any word's reading


def test_a_word_the_documents_put_their_own_way_is_no_unknown_name():
    from egassist.names import unknown_names

    question = "第六次会议国际合作议题的主讲嘉宾里，来自中国的是谁？"
    # 嘉宾 ("guests") is what the 2020 report calls 主讲人 (data/paraphrases.tsv) ...
    assert unknown_names(question, "zh", "第六次会议的主讲人是张先生（中国）") == []
    # ... and still a name the corpus lacks when it has neither.
    assert unknown_names(question, "zh", "第六次会议的发言人是张先生（中国）") == ["嘉宾"]



def test_a_name_glossed_in_english_is_unknown_only_when_neither_form_is_in_the_corpus():
    corpus = "欧洲委员会网络犯罪公约\n物联网上的犯罪\n互联网服务提供商的责任"
    words = frozenset({"council", "europe", "research", "service"})
    spelled = frozenset({"crs"})
    question = "这些文件有没有提到互联网治理论坛（IGF）的作用？"
    assert unknown_glossed_names(question, corpus, words, spelled) == ["IGF"]
    # The Chinese is there (the name's last words before the bracket): the documents' own term.
    assert unknown_glossed_names("物联网（IoT）上的犯罪是否入罪？", corpus, words, spelled) == []
    # The English words are there, or its initials spelled out, or a rendering of it.
    assert unknown_glossed_names("欧洲理事会（Council of Europe）说了什么？", corpus, words,
                                 spelled) == []
    assert unknown_glossed_names("国会研究处（CRS）的报告", corpus, words, spelled) == []
    assert unknown_glossed_names("网络服务商（ISP）有什么义务？", corpus, words, spelled) == []
    # A common head the corpus has (工作组) is not the name: its last four characters must be.
    assert unknown_glossed_names("文件是否提到金融行动特别工作组（FATF）的建议？",
                                 corpus + "\n专家组的工作组", words, spelled) == ["FATF"]
    # No gloss, no judgement: an initialism alone may be the documents' Chinese term.
    assert unknown_glossed_names("IoT 上的犯罪是否入罪？", corpus, words, spelled) == []
