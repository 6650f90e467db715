"""Who is trained and how: audience and format profiles that shape a course plan's wording.

The facts of a plan come from the knowledge files; these profiles only adapt the
framing (the everyday context to tie examples to, an ice-breaker, how to run the
role-plays) to the audience and delivery format the trainer chose.
"""

from __future__ import annotations

from dataclasses import dataclass

AUDIENCES = ("快递员志愿者", "青少年与家长", "老年志愿者", "社区工作者与网格员", "新志愿者")
DURATIONS = (45, 90, 180)
FORMATS = ("讲授+演练", "工作坊", "线上")


@dataclass(frozen=True)
class AudienceProfile:
    name: str
    context: str  # where this audience meets residents
    icebreaker: str
    roleplay_tip: str
    keywords: tuple[str, ...]  # words that mark material relevant to this audience
    note: str  # a planning tip for the trainer


AUDIENCE_PROFILES: dict[str, AudienceProfile] = {
    "快递员志愿者": AudienceProfile(
        name="快递员志愿者",
        context="送件、上门签收和驿站取件时的几分钟接触",
        icebreaker="每人用一句话说说最近送件时印象深的一位居民，以及自己当时的感受（不说姓名、门牌）",
        roleplay_tip="志愿者一角由快递员志愿者扮演，可把开场改在门口签收、电梯间或驿站；提醒学员：不耽误派送，但发现危险信号先报告社工",
        keywords=("快递", "骑手", "送件", "新就业", "派件"),
        note="培训安排在派件低峰时段（如早班前或晚间），控制在约定时长内，提供饮水和充电；练习贴近送件中的短对话",
    ),
    "青少年与家长": AudienceProfile(
        name="青少年与家长",
        context="社区活动、假期志愿服务和家庭陪伴",
        icebreaker="亲子或同伴两人一组，互相说出对方今天的一种心情，并猜一猜原因",
        roleplay_tip="青少年扮演志愿者时由家长或社工在组内陪同；涉及轻生、家暴等危机情节的角色由成年人扮演；反复强调“遇到危险马上告诉带队社工或家长”",
        keywords=("青少年", "孩子", "儿童", "家长", "假期", "学生", "小学"),
        note="多用互动和小组任务，讲授每段不超过 10 分钟；活动全程安排成年带队人员，结束时把孩子交给登记的监护人",
    ),
    "老年志愿者": AudienceProfile(
        name="老年志愿者",
        context="邻里互助、结对探访和楼门院里的日常往来",
        icebreaker="每人说一件自己被邻居帮过、或帮过邻居的小事",
        roleplay_tip="角色扮演可以坐着进行，角色卡字号放大；每轮结束留出时间让学员说说感受",
        keywords=("老年", "老人", "银龄", "独居", "退休"),
        note="放慢节奏、讲义用大字号，讲授每段不超过 15 分钟，中途安排起身活动和饮水",
    ),
    "社区工作者与网格员": AudienceProfile(
        name="社区工作者与网格员",
        context="日常走访、网格巡查、接诉即办和带领志愿者服务",
        icebreaker="每人说一说最近一次最难沟通的居民来访，当时最难的是哪一步",
        roleplay_tip="除练习本人的回应外，请学员在复盘时说明：回到社区后如何带领志愿者使用这个方法、如何记录和转介",
        keywords=("社区工作者", "网格", "社工", "培训", "夜校", "台账", "书记"),
        note="结合工作台账和转介流程讨论；可请学员带一个本社区的真实情境（隐去身份信息）做案例",
    ),
    "新志愿者": AudienceProfile(
        name="新志愿者",
        context="刚开始参加的探访、活动和日常志愿服务",
        icebreaker="每人说说为什么来做志愿者，以及最担心在服务中遇到什么情况",
        roleplay_tip="先由培训者示范一轮，再分组练习；反复强调志愿者的角色边界：拿不准的事随时交给社工",
        keywords=("志愿者", "培训", "第一次", "新"),
        note="先示范后练习；讲清志愿者能做什么、不能做什么，以及对接社工的联系方式",
    ),
}


@dataclass(frozen=True)
class FormatProfile:
    name: str
    opening: str  # what to add to the opening segment
    discussion: str  # how small-group discussion runs
    roleplay: str  # where and how role-plays run
    quiz: str  # how the quiz is taken
    materials: tuple[str, ...]
    note: str


FORMAT_PROFILES: dict[str, FormatProfile] = {
    "讲授+演练": FormatProfile(
        name="讲授+演练",
        opening="",
        discussion="按小组讨论，每组推选一人用 1 分钟分享",
        roleplay="在教室内分组进行，培训者巡场并计时",
        quiz="纸笔作答",
        materials=("投影或白板、马克笔", "名签与签到表", "计时器（手机计时即可）"),
        note="培训者先讲后练：每讲完一个技能，马上示范一句话术，再进入练习",
    ),
    "工作坊": FormatProfile(
        name="工作坊",
        opening="",
        discussion="小组共创：每组在大白纸上写出要点，再轮流展示",
        roleplay="小组轮换演练，每组至少完成一次完整轮换，观察员当场反馈",
        quiz="小组抢答后个人核对",
        materials=("大白纸、马克笔、便利贴", "名签与签到表", "计时器（手机计时即可）"),
        note="讲授压缩到最少，时间留给练习和讨论；培训者多提问、少讲解",
    ),
    "线上": FormatProfile(
        name="线上",
        opening="检查音视频，说明静音、举手和聊天区规则；",
        discussion="在分组讨论室讨论，各组把结论写入共享文档",
        roleplay="在线上分组讨论室进行，观察员在共享文档中填写检查表，培训者轮流进入各组",
        quiz="用在线表单或投票作答",
        materials=("会议软件（需支持分组讨论室）与备用网络", "共享文档：观察员检查表、讨论记录", "在线测验表单"),
        note="每段不超过 20 分钟，多用点名发言和聊天区互动；提前一天发送讲义电子版和入会方式",
    ),
}
