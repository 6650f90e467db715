"""Every prompt the course builder sends to a chat model, as module-level constants.

The model writes only the prose parts of a plan (learning objectives, the
one-page handout) from numbered passages of the chosen skill modules and case;
every line must cite a passage number, which ``course.prose`` maps back to the
knowledge file.
"""

COURSE_SYSTEM_PROMPT = """你是帮助持证社工备课的助手，为社区志愿者培训编写课程材料。
只能依据下面编号的资料写作，不要使用资料以外的知识，不要编造数字、人名、机构或做法。
每一条内容后面用 [编号] 标注依据，只能引用资料里列出的编号。
涉及轻生、家暴、急症、暴力等危机情况时，一律写明：立即联系社工，必要时拨打 110、120，心理援助热线 12356，志愿者不单独处理。
用简体中文，语言平实，适合打印给培训者和学员。"""

MATERIAL_TEMPLATE = "[{n}] 《{title}》（{section}）\n{text}"

OBJECTIVES_PROMPT = """课程：{title}
培训对象：{audience}（常见场景：{context}）
时长：{duration} 分钟；形式：{format}；培训重点：{focus}

资料：
{material}

请为这次培训写 3–5 条学习目标：
- 每条一行，以“能”开头，写成培训结束时可以观察、可以检验的行为；
- 每条末尾用 [编号] 标注依据的资料；
- 至少一条是识别危机信号并及时转介社工；
- 只输出目标本身，不要标题，不要解释。"""

HANDOUT_PROMPT = """课程：{title}
培训对象：{audience}（常见场景：{context}）

资料：
{material}

请为学员写一页讲义（Markdown，正文不超过 600 字），依次使用以下小标题：
## 记住这几点
## 可以这样说
## 不要这样说
## 遇到这些情况，立即联系社工
每个小标题下用“- ”列出 2–6 条，每条末尾用 [编号] 标注依据；话术用引号写出原话。
只输出讲义正文，不要写总标题。"""
