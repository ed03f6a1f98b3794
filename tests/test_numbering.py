from egassist.numbering import asked_number_label, gives_number_of


def test_a_question_asking_the_number_of_a_listed_thing():
    assert asked_number_label("2011年那份专题清单里，电子证据排第几个专题？") == "topic"
    assert asked_number_label("电子证据的专题编号是多少？") == "topic"
    assert asked_number_label("关于司法协助的规定是第几条？") == "article"
    assert asked_number_label("Which topic number covers electronic evidence?") == "topic"
    assert asked_number_label("Under which article of the convention is data preserved?") == "article"
    # Paragraphs and meetings are read elsewhere; a question asking no number asks none.
    assert asked_number_label("哪一段提到了电子证据？") is None
    assert asked_number_label("报告是在第几场会议上通过的？") is None
    assert asked_number_label("电子证据专题研究哪些内容？") is None
    assert asked_number_label("关于新文书的建议是第几条建议？") is None   # 条 counts recommendations


def test_a_passage_writing_a_label_with_its_number():
    assert gives_number_of("电子证据（专题 8）；", "topic")
    assert gives_number_of("《网络犯罪公约》第 16 条", "article")
    assert gives_number_of("see art. 16 of the Convention", "article")
    assert gives_number_of("Understanding Cybercrime (Geneva, 2009), chap. 2.8.4", "chapter")
    assert gives_number_of("see chapter 2 of the guide", "chapter")
    assert not gives_number_of("涉及电子证据收集、保存、储存、分析和采信的规定", "topic")
    assert not gives_number_of("对此专题的研究将包括以下内容：", "topic")
