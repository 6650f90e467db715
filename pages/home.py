"""Home: what Tandem is and where to start."""

import streamlit as st

from tandem.ui.admin import lockdown_notice
from tandem.ui.resources import get_index, get_settings
from tandem.ui.routing import enter_through_app

enter_through_app()

st.title("🤝 Tandem 社工+志愿 智能助手")
notice = lockdown_notice(get_settings())
if notice:
    st.warning(notice, icon="🔒")
st.markdown(
    "专业社工评估需求、培训志愿者；志愿者把方案变成身边的服务。"
    "Tandem 把培训材料和试点案例放进一个可检索的知识库，帮助：\n\n"
    "- **志愿者**：遇到情况时提问，得到有出处的具体做法；\n"
    "- **培训社工**：从知识库生成课程方案、角色扮演和小测验；\n"
    "- **社区负责人**：查看试点数据，每个数字都能追溯到来源。"
)
index = get_index()
documents = index.lexical.documents()
col1, col2, col3 = st.columns(3)
col1.metric("技能模块", sum(1 for d in documents if d.kind == "skill"))
col2.metric("试点案例", sum(1 for d in documents if d.kind == "case"))
col3.metric("知识段落", index.lexical.count_chunks())

st.subheader("从这里开始")
links = st.columns(4)
links[0].page_link("pages/ask.py", label="志愿者问答", icon="💬")
links[1].page_link("pages/course.py", label="课程设计", icon="📚")
links[2].page_link("pages/metrics.py", label="试点数据", icon="📊")
links[3].page_link("pages/library.py", label="知识库", icon="🗂️")
