# Article sources for gen.py: written in simplified with fullwidth punctuation; gen.py converts script
# (HanLP) for script 't', adds noise, folds fullwidth ASCII to halfwidth, and writes .txt + .gold.json.
# Gold fields are given in simplified; gen.py fills "name" (article script) and "simplified".
# All people are invented.

SEED = '2020-07-16_spb-half-year-meeting.txt'

ARTICLES = []
def art(**kw):
    ARTICLES.append(kw)

# ---------------------------------------------------------------- 1 party-group study, central directives
art(file='2021-02-03_sc-party-group-study', script='s',
    dateline='发布时间：2021-02-04 09:21:10 四川省邮政管理局',
    body='''2月3日，四川省邮政管理局党组召开理论学习中心组（扩大）学习会，传达学习习近平总书记在十九届中央纪委五次全会上的重要讲话精神，认真贯彻落实党中央关于全面从严治党的决策部署，研究部署全省邮政管理系统党风廉政建设工作。局党组书记、局长罗文斌主持会议并讲话，局党组成员、副局长何晓东、唐明出席会议。
会议指出，习近平总书记的重要讲话立意高远、内涵丰富，为新时代全面从严治党指明了方向。全省邮政管理系统要切实把思想和行动统一到党中央决策部署上来。
罗文斌就抓好贯彻落实提出三点要求：一是要提高政治站位，坚定拥护“两个确立”。各级党组织要把学习贯彻讲话精神作为重要政治任务，及时组织专题学习；二是要压实管党治党责任，推动全面从严治党向基层延伸。严格落实“一岗双责”，加强对权力运行的制约和监督；三是要驰而不息纠治“四风”，持续改进工作作风。坚决整治形式主义、官僚主义，为行业发展提供坚强保障。
局机关各处室负责同志参加学习。''',
    gold=dict(
        about='A provincial party group (党组) study session relaying a central speech; three numbered requirements without focus.',
        meeting=dict(name='理论学习中心组（扩大）学习会', date='2021-02-03', convenedBy='四川省邮政管理局党组', form='理论学习中心组学习会'),
        officials=[
            dict(name='罗文斌', titles=['局党组书记', '局长'], organization='四川省邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='何晓东', titles=['局党组成员', '副局长'], organization='四川省邮政管理局', roles=['ATTENDED']),
            dict(name='唐明', titles=['局党组成员', '副局长'], organization='四川省邮政管理局', roles=['ATTENDED'])],
        mustNotAttend=[dict(name='习近平', titles=['总书记'], why='source of the relayed speech, not present')],
        directives=[dict(text='习近平总书记在十九届中央纪委五次全会上的重要讲话精神', issuedBy='习近平'),
                    dict(text='党中央关于全面从严治党的决策部署', issuedBy='党中央')],
        tasks=dict(setBy='罗文斌', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='提高政治站位，坚定拥护“两个确立”', initiatives=['两个确立']),
            dict(n=2, focus=None, goal='压实管党治党责任，推动全面从严治党向基层延伸', initiatives=[]),
            dict(n=3, focus=None, goal='驰而不息纠治“四风”，持续改进工作作风', initiatives=['四风'])]),
        initiatives=dict(must=['两个确立', '四风'], should=['一岗双责']),
        relays=[],
        relaysShould=[dict(meetingName='十九届中央纪委五次全会', year=2021, convenedBy='中央纪委', targetArticle=None)],
        noise=dict(),
    ))

# ---------------------------------------------------------------- 2 work conference with 工作报告, traditional, 周建明 title 1
art(file='2022-01-18_zj-work-conference', script='t',
    dateline='發布時間：2022-01-19 16:40:02 浙江省郵政管理局',
    body='''1月18日，浙江省邮政管理局召开2022年全省邮政管理工作会议，深入学习贯彻党的十九届六中全会精神和中央经济工作会议精神，全面落实全国邮政管理工作会议部署，总结2021年工作，部署2022年重点任务。局党组副书记、副局长周建明作工作报告，局党组成员、副局长沈佳慧主持会议，局党组成员、副局长吴国平出席会议。
周建明指出，2021年全省邮政快递业务量突破200亿件，“快递进村”覆盖率稳步提升，行业发展质量持续向好。
周建明要求，2022年全省邮政管理系统要重点抓好以下工作：要以服务共同富裕示范区建设为重点，加快补齐农村寄递短板。深入实施“快递进村”工程，推进“一村一站”建设；要以保障快递员群体合法权益为重点，持续优化从业环境。落实“快递员权益保障”专项行动，推动企业规范派费管理；要以推进绿色发展为重点，深化快递包装治理。全面推行“9792”工程，扩大可循环快递包装应用；要以安全监管为重点，坚决守牢行业安全底线。强化寄递渠道安全管理，严格落实“三项制度”。
会议还书面传达了2022年全国邮政管理工作会议精神。各市邮政管理局主要负责同志参加会议。''',
    gold=dict(
        about='A provincial work conference with a 工作报告 (traditional script). 周建明 appears again in 2023 with changed titles.',
        meeting=dict(name='2022年全省邮政管理工作会议', date='2022-01-18', convenedBy='浙江省邮政管理局', form='工作会议'),
        officials=[
            dict(name='周建明', titles=['局党组副书记', '副局长'], organization='浙江省邮政管理局', roles=['SPOKE']),
            dict(name='沈佳慧', titles=['局党组成员', '副局长'], organization='浙江省邮政管理局', roles=['CHAIRED']),
            dict(name='吴国平', titles=['局党组成员', '副局长'], organization='浙江省邮政管理局', roles=['ATTENDED'])],
        rolesNote='作工作报告 counts as SPOKE',
        directives=[dict(text='党的十九届六中全会精神', issuedBy='党中央'),
                    dict(text='中央经济工作会议精神', issuedBy='党中央')],
        tasks=dict(setBy='周建明', kind='TASK', tasks=[
            dict(n=1, focus='服务共同富裕示范区建设', goal='加快补齐农村寄递短板', initiatives=['快递进村', '一村一站']),
            dict(n=2, focus='保障快递员群体合法权益', goal='持续优化从业环境', initiatives=['快递员权益保障']),
            dict(n=3, focus='推进绿色发展', goal='深化快递包装治理', initiatives=['9792']),
            dict(n=4, focus='安全监管', goal='坚决守牢行业安全底线', initiatives=['三项制度'])]),
        initiatives=dict(must=['快递进村', '一村一站', '快递员权益保障', '9792', '三项制度'], should=['共同富裕示范区']),
        relays=[dict(meetingName='2022年全国邮政管理工作会议', year=2022, convenedBy='国家邮政局', targetArticle=None)],
        noise=dict(),
    ))

# ---------------------------------------------------------------- 3 局长办公会, 周建明 title 2, untitled chair-less person
art(file='2023-04-11_zj-director-office-meeting', script='s',
    dateline='发布时间：2023-04-12 11:05:37 浙江省邮政管理局',
    body='''4月11日，浙江省邮政管理局召开2023年第5次局长办公会，认真贯彻落实国家邮政局关于加快推进农村寄递物流体系建设的部署要求，研究全省快递进村和寄递安全工作。局党组书记、局长周建明主持会议并讲话，副局长吴国平出席会议。会议听取了市场监管处陈晓燕关于一季度寄递渠道安全检查情况的汇报，审议了《全省快递末端服务规范提升实施方案（送审稿）》。
会议认为，一季度全省邮政快递业运行平稳，业务量同比增长12.6%，农村寄递服务覆盖面进一步扩大，但部分地区末端网点稳定性不足、安全检查发现问题整改不够及时。
周建明强调，一是要加快推进“快递进村”提质扩面，年底前实现建制村快递服务全覆盖；二是要抓实寄递渠道安全管理，确保亚运会期间行业安全稳定；三是要加强执法队伍建设，提升依法行政水平。
会议还研究了其他事项。''',
    gold=dict(
        about='局长办公会. Same 周建明 as 2022-01-18 with changed titles (局党组书记、局长). 陈晓燕 is named without a title (only a division), and reported, so no role.',
        meeting=dict(name='2023年第5次局长办公会', date='2023-04-11', convenedBy='浙江省邮政管理局', form='局长办公会'),
        officials=[
            dict(name='周建明', titles=['局党组书记', '局长'], organization='浙江省邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='吴国平', titles=['副局长'], organization='浙江省邮政管理局', roles=['ATTENDED'])],
        officialsShould=[dict(name='陈晓燕', titles=[], organization='浙江省邮政管理局', roles=[])],
        directives=[dict(text='国家邮政局关于加快推进农村寄递物流体系建设的部署要求', issuedBy='国家邮政局')],
        tasks=dict(setBy='周建明', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='加快推进“快递进村”提质扩面', initiatives=['快递进村']),
            dict(n=2, focus=None, goal='抓实寄递渠道安全管理', initiatives=[]),
            dict(n=3, focus=None, goal='加强执法队伍建设', initiatives=[])]),
        initiatives=dict(must=['快递进村'], should=[]),
        relays=[],
        noise=dict(),
    ))

# ---------------------------------------------------------------- 4 ministry-level meeting, person without title, 提出N点要求
art(file='2019-09-06_mot-safety-meeting', script='s',
    dateline='来源：交通运输部网站　2019-09-06 18:30:00',
    body='''9月6日，交通运输部召开国庆70周年安全生产和服务保障工作电视电话会议，深入学习贯彻习近平总书记关于安全生产的重要论述，认真贯彻落实国务院安委会全体会议部署，对国庆期间交通运输安全生产和服务保障工作进行再动员、再部署。部党组成员、副部长王立群出席会议并讲话。会议由安全与质量监督管理司司长许承德主持。
王立群指出，做好国庆70周年交通运输保障工作，是当前首要政治任务。
王立群提出四点要求：一要以防范重特大事故为重点，全面排查整治安全隐患。紧盯“两客一危”车辆、渡口渡船等重点领域；二要以保障旅客出行为重点，切实提升运输服务水平。加强运力调配和客流监测；三要以应急处置为重点，健全应急值守和信息报送机制。严格执行24小时值班制度；四要以压实责任为重点，层层落实安全生产责任制。
会议要求各地立即传达会议精神。各省级交通运输主管部门负责同志在分会场参加会议。''',
    gold=dict(
        about='A ministry teleconference (交通运输部); chair named with a division title; 提出四点要求 with 一要以…为重点.',
        meeting=dict(name='国庆70周年安全生产和服务保障工作电视电话会议', date='2019-09-06', convenedBy='交通运输部', form='电视电话会议'),
        officials=[
            dict(name='王立群', titles=['部党组成员', '副部长'], organization='交通运输部', roles=['ATTENDED', 'SPOKE']),
            dict(name='许承德', titles=['安全与质量监督管理司司长'], organization='交通运输部', roles=['CHAIRED'])],
        mustNotAttend=[dict(name='习近平', titles=['总书记'], why='source of the directive')],
        directives=[dict(text='习近平总书记关于安全生产的重要论述', issuedBy='习近平'),
                    dict(text='国务院安委会全体会议部署', issuedBy='国务院安委会')],
        tasks=dict(setBy='王立群', kind='REQUIREMENT', tasks=[
            dict(n=1, focus='防范重特大事故', goal='全面排查整治安全隐患', initiatives=[]),
            dict(n=2, focus='保障旅客出行', goal='切实提升运输服务水平', initiatives=[]),
            dict(n=3, focus='应急处置', goal='健全应急值守和信息报送机制', initiatives=[]),
            dict(n=4, focus='压实责任', goal='层层落实安全生产责任制', initiatives=[])]),
        initiatives=dict(must=[], should=['两客一危']),
        relays=[],
        noise=dict(),
    ))

# ---------------------------------------------------------------- 5 spun text + SEO spam, mixed script
art(file='2024-03-21_hn-transport-spun', script='s',
    dateline='發布時間：2024-03-22 08:15:09 湖南省交通運輸廳',
    body='''3月21日，湖南省交通运输厅举行全省交通运输TV电话集会，深入进修贯彻全国两会精神和全国交通运输工作集会精神，安排一季度后续重点工作。厅党组书记、厅长贺志远列席集会并致辞，厅党组成员、副厅长曾凡主持集会。
贺志远夸大，要以加快建设交通强省为要点，全力推进重大项目建设。抓紧推进高速公路“县县双通道”项目，加快农村公路提质改造；要以优化营商环境为要点，持续深化“放管服”改革。推进“一件事一次办”，压减审批时限；要以安全生产为要点，坚决防范遏制重特大事故。
集会要求，各市州交通运输局要及时传达进修集会精神。各市州交通运输局主要负责人在分会场参加集会。''',
    spam=[('持续深化“放管服”改革', '持续深化【免费领取SEO教程 www.seo-jiaocheng.com.cn 加微信送资料】“放管服”改革')],
    gold=dict(
        about='Synonym-spun text (会议→集会, 电视→TV, 学习→进修, 强调→夸大, 出席→列席, 讲话→致辞, 部署→安排, 重点→要点, 召开→举行); SEO spam injected mid-sentence; dateline in traditional, body in simplified.',
        meeting=dict(name='全省交通运输TV电话集会', date='2024-03-21', convenedBy='湖南省交通运输厅', form='电视电话会议'),
        officials=[
            dict(name='贺志远', titles=['厅党组书记', '厅长'], organization='湖南省交通运输厅', roles=['ATTENDED', 'SPOKE']),
            dict(name='曾凡', titles=['厅党组成员', '副厅长'], organization='湖南省交通运输厅', roles=['CHAIRED'])],
        directives=[dict(text='全国两会精神', issuedBy=None),
                    dict(text='全国交通运输工作集会精神', issuedBy='交通运输部')],
        tasks=dict(setBy='贺志远', kind='TASK', tasks=[
            dict(n=1, focus='加快建设交通强省', goal='全力推进重大项目建设', initiatives=['县县双通道']),
            dict(n=2, focus='优化营商环境', goal='持续深化“放管服”改革', initiatives=['放管服', '一件事一次办']),
            dict(n=3, focus='安全生产', goal='坚决防范遏制重特大事故', initiatives=[])]),
        initiatives=dict(must=['县县双通道', '放管服', '一件事一次办'], should=['交通强省']),
        relays=[],
        relaysShould=[dict(meetingName='全国交通运输工作集会', year=2024, convenedBy='交通运输部', targetArticle=None)],
        noise=dict(spun={'集会': '会议', 'TV': '电视', '进修': '学习', '夸大': '强调', '列席': '出席', '致辞': '讲话', '安排': '部署', '要点': '重点', '举行': '召开'},
                   seoSpam=['【免费领取SEO教程 www.seo-jiaocheng.com.cn 加微信送资料】']),
    ))

# ---------------------------------------------------------------- 6 日前 + page chrome
art(file='2021-06-10_nb-city-chrome', script='s',
    pre='''首页 > 新闻中心 > 工作动态
宁波市邮政管理局  |  政务公开  |  办事服务  |  互动交流
【字体：大 中 小】  【打印本页】  【关闭窗口】
分享到：微信  微博  QQ空间
''',
    dateline='发布时间：2021-06-10 15:02:44 宁波市邮政管理局',
    body='''日前，宁波市邮政管理局召开全市快递末端网点备案管理推进会，认真贯彻落实浙江省邮政管理局关于快递末端网点规范管理的工作部署，推动末端服务提质增效。局长应海波出席会议并讲话，副局长邵丽主持会议。
应海波强调，要以备案管理为抓手，全面摸清末端网点底数。各快递企业要在6月底前完成网点备案信息核对；要以规范经营为导向，切实提升末端服务质量。严禁未经同意代签快件、违规收费。
邵丽要求，各县（市、区）邮政业安全中心要加强日常检查，确保工作落到实处。
各主要品牌快递企业宁波分公司负责人参加会议。''',
    post='''责任编辑：王琳
【打印本页】 【关闭窗口】
相关阅读
· 宁波市召开2021年全市邮政管理工作会议
· 市邮政管理局开展“安康杯”竞赛活动
· 浙江省邮政管理局局长周建明一行调研宁波快递园区
版权所有：宁波市邮政管理局  浙ICP备05012345号  技术支持：宁波某某网络科技有限公司
''',
    gold=dict(
        about='日前 (no day); page chrome (navigation, share/print, 责任编辑, 相关阅读 list naming 周建明, copyright) before and after the body.',
        meeting=dict(name='全市快递末端网点备案管理推进会', date='2021-06', dateNote='日前: the month of publication is all that is known', convenedBy='宁波市邮政管理局', form='推进会'),
        officials=[
            dict(name='应海波', titles=['局长'], organization='宁波市邮政管理局', roles=['ATTENDED', 'SPOKE']),
            dict(name='邵丽', titles=['副局长'], organization='宁波市邮政管理局', roles=['CHAIRED'])],
        mustNotAttend=[dict(name='周建明', titles=['局长'], why='only in a 相关阅读 headline (page chrome)'),
                       dict(name='王琳', titles=['责任编辑'], why='page chrome: editor line')],
        directives=[dict(text='浙江省邮政管理局关于快递末端网点规范管理的工作部署', issuedBy='浙江省邮政管理局')],
        tasks=dict(setBy='应海波', kind='TASK', tasks=[
            dict(n=1, focus=None, goal='以备案管理为抓手，全面摸清末端网点底数', initiatives=[]),
            dict(n=2, focus=None, goal='以规范经营为导向，切实提升末端服务质量', initiatives=[])]),
        initiatives=dict(must=[], should=[]),
        initiativesMustNot=['安康杯'],
        relays=[],
        noise=dict(chromeBefore=['首页 > 新闻中心 > 工作动态', '分享到', '【打印本页】'], chromeAfter=['责任编辑', '相关阅读', '版权所有']),
    ))

# ---------------------------------------------------------------- 7 year boundary, pinyin + mojibake in simplified text
art(file='2019-12-31_ah-year-end-safety', script='s',
    dateline='发布时间：2020-01-02 09:30:18 安徽省邮政管理局',
    body='''12月31日，安徽省邮政管理局召开全省邮政业元旦春节期间安全生产工作视频会议，深入学习贯彻习近平总书记关于安全生产的重要指示精神，认真落实国家邮政局关于做好2020年元旦春节期间寄递安全工作的通知要求。局党组书记、局长汪德胜出席会议并讲话，局党组成员、副局长钱玉兰主持会议。
汪德胜要求，一是要严格落实收寄验视、实名收寄、过机安检“三项制度”，坚决防止禁寄物品流入寄递渠道；二是要加强春节期间“不打烊”服务保障，确保旺季不爆仓、不积压；三是要落实值班值守和信息报送制度，妥善处置突发事件。
全省各市邮政管理局在分会场参加会议。''',
    pinyinChars='学习贯彻务议讲话长组邮递实',
    mojibake=['全省各市邮政管理局', '“不打烊”服务'],
    gold=dict(
        about='Published 2 January 2020 about a meeting on 12月31日: the year is 2019. Pinyin annotations and two one-byte-misaligned GBK mojibake spans in simplified text.',
        meeting=dict(name='全省邮政业元旦春节期间安全生产工作视频会议', date='2019-12-31', dateNote='published 2020-01-02; 12月31日 belongs to the previous year', convenedBy='安徽省邮政管理局', form='视频会议'),
        officials=[
            dict(name='汪德胜', titles=['局党组书记', '局长'], organization='安徽省邮政管理局', roles=['ATTENDED', 'SPOKE']),
            dict(name='钱玉兰', titles=['局党组成员', '副局长'], organization='安徽省邮政管理局', roles=['CHAIRED'])],
        mustNotAttend=[dict(name='习近平', titles=['总书记'], why='source of the directive')],
        directives=[dict(text='习近平总书记关于安全生产的重要指示精神', issuedBy='习近平'),
                    dict(text='国家邮政局关于做好2020年元旦春节期间寄递安全工作的通知要求', issuedBy='国家邮政局')],
        tasks=dict(setBy='汪德胜', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='严格落实收寄验视、实名收寄、过机安检“三项制度”', initiatives=['三项制度']),
            dict(n=2, focus=None, goal='加强春节期间“不打烊”服务保障', initiatives=['不打烊']),
            dict(n=3, focus=None, goal='落实值班值守和信息报送制度', initiatives=[])]),
        initiatives=dict(must=['三项制度', '不打烊'], should=[]),
        relays=[],
        noise=dict(),
    ))

# ================================================================ chain A (seed is the ministry meeting)
art(file='chain/2020-07-20_fj-relay-half-year', script='s',
    dateline='发布时间：2020-07-21 10:18:26 福建省邮政管理局',
    body='''7月20日，福建省邮政管理局召开全省邮政管理半年工作会议，传达学习2020年全国邮政管理半年工作电视电话会议精神，总结上半年工作，部署下半年重点任务。局党组书记、局长林志坚出席会议并讲话，局党组成员、副局长黄秀英主持会议。
林志坚指出，全国邮政管理半年工作电视电话会议对下半年工作作出了全面部署，全省系统要认真学习领会，抓好贯彻落实。
林志坚要求，下半年全省邮政管理系统要重点做好以下工作：要以实施“两进一出”工程为重点，推动全省快递业高质量发展。加快推进“快递进村”，支持“快递进厂”项目落地，鼓励企业“快递出海”；要以推进快递包装绿色治理为重点，坚决打好污染防治攻坚战。推广可循环包装；要以强化市场监管为重点，切实维护寄递渠道安全。
黄秀英要求，各市局要及时召开会议传达学习会议精神。各设区市邮政管理局主要负责同志参加会议。''',
    gold=dict(
        about='Chain A, provincial level (simplified): relays the seed 2020-07-16 ministry meeting.',
        meeting=dict(name='全省邮政管理半年工作会议', date='2020-07-20', convenedBy='福建省邮政管理局', form='工作会议'),
        officials=[
            dict(name='林志坚', titles=['局党组书记', '局长'], organization='福建省邮政管理局', roles=['ATTENDED', 'SPOKE']),
            dict(name='黄秀英', titles=['局党组成员', '副局长'], organization='福建省邮政管理局', roles=['CHAIRED'])],
        directives=[],
        tasks=dict(setBy='林志坚', kind='TASK', tasks=[
            dict(n=1, focus='实施“两进一出”工程', goal='推动全省快递业高质量发展', initiatives=['两进一出', '快递进村', '快递进厂', '快递出海']),
            dict(n=2, focus='推进快递包装绿色治理', goal='坚决打好污染防治攻坚战', initiatives=['污染防治攻坚战']),
            dict(n=3, focus='强化市场监管', goal='切实维护寄递渠道安全', initiatives=[])]),
        initiatives=dict(must=['两进一出', '快递进村', '快递进厂', '快递出海'], should=['污染防治攻坚战'],
                         partOf=[['快递进村', '两进一出'], ['快递进厂', '两进一出'], ['快递出海', '两进一出']]),
        relays=[dict(meetingName='2020年全国邮政管理半年工作电视电话会议', year=2020, convenedBy='国家邮政局', targetArticle=SEED)],
        noise=dict(),
    ))

art(file='chain/2020-07-22_sc-relay-half-year-spun', script='t',
    dateline='發布時間：2020-07-23 17:02:51 四川省郵政管理局',
    body='''7月22日，四川省邮政管理局党组召开扩大集会，传达进修上半年全国邮政管理工作TV电话会议精神，研究贯彻落实措施。局党组书记、局长罗文斌主持会议并致辞，局党组成员、副局长何晓东列席会议。
会议认为，上半年面对新冠肺炎疫情冲击，全省邮政快递业迅速复工复产，业务量实现逆势增长，行业运行总体平稳，为全省统筹疫情防控和经济社会发展作出了积极贡献。
罗文斌夸大，全省邮政管理系统要把思想和行动统一到国家邮政局的安排上来，提出两点要求：一是要全力推进“快递进村”工程，年内实现乡镇快递网点全覆盖；二是要扎实做好汛期寄递安全工作，确保全省行业安全稳定。
局机关各处室负责同志参加会议。''',
    pinyinChars='学习务议讲长组邮递实传达贯彻',
    mojibake=['全省行业安全'],
    gold=dict(
        about='Chain A, provincial level (traditional, spun: 进修=学习, TV=电视, 集会=会议, 致辞=讲话, 夸大=强调, 列席=出席, 安排=部署; the relayed meeting is abbreviated as 上半年全国邮政管理工作TV电话会议 = the seed). Pinyin and mojibake noise.',
        meeting=dict(name='扩大集会', date='2020-07-22', convenedBy='四川省邮政管理局党组', form='党组会议'),
        officials=[
            dict(name='罗文斌', titles=['局党组书记', '局长'], organization='四川省邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='何晓东', titles=['局党组成员', '副局长'], organization='四川省邮政管理局', roles=['ATTENDED'])],
        directives=[dict(text='国家邮政局的安排', issuedBy='国家邮政局')],
        directivesShouldOnly=True,
        tasks=dict(setBy='罗文斌', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='全力推进“快递进村”工程', initiatives=['快递进村']),
            dict(n=2, focus=None, goal='扎实做好汛期寄递安全工作', initiatives=[])]),
        initiatives=dict(must=['快递进村'], should=[]),
        relays=[dict(meetingName='上半年全国邮政管理工作TV电话会议', year=2020, convenedBy='国家邮政局', targetArticle=SEED)],
        noise=dict(spun={'集会': '会议', 'TV': '电视', '进修': '学习', '夸大': '强调', '列席': '出席', '致辞': '讲话', '安排': '部署'}),
    ))

art(file='chain/2020-07-28_qz-relay-provincial', script='s',
    dateline='来源：泉州市邮政管理局  发布时间：2020-07-29 08:47:03',
    body='''7月28日，泉州市邮政管理局召开全体干部会议，传达学习全省邮政管理半年工作会议精神，部署落实措施。局长蔡宏伟主持会议并讲话，副局长郑雅琴出席会议。
会议指出，上半年全市快递业务量完成4.1亿件，同比增长28.3%，增速位居全省前列，行业在服务复工复产、畅通城乡流通中发挥了重要作用。全局干部职工要认真领会省局会议精神，对照全年目标查漏补缺。
蔡宏伟要求，一是要加快推进“快递进村”，力争年底前全市建制村快递服务通达率达到80%以上；二是要加强快递包装治理，推动主要品牌快递企业使用可循环中转袋；三是要抓好汛期和旺季寄递渠道安全管理。
局全体干部职工参加会议。''',
    gold=dict(
        about='Chain A, city level: relays the Fujian provincial meeting of 2020-07-20 (which relayed the seed).',
        meeting=dict(name='全体干部会议', date='2020-07-28', convenedBy='泉州市邮政管理局', form='干部会议'),
        officials=[
            dict(name='蔡宏伟', titles=['局长'], organization='泉州市邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='郑雅琴', titles=['副局长'], organization='泉州市邮政管理局', roles=['ATTENDED'])],
        directives=[],
        tasks=dict(setBy='蔡宏伟', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='加快推进“快递进村”', initiatives=['快递进村']),
            dict(n=2, focus=None, goal='加强快递包装治理', initiatives=[]),
            dict(n=3, focus=None, goal='抓好汛期和旺季寄递渠道安全管理', initiatives=[])]),
        initiatives=dict(must=['快递进村'], should=[]),
        relays=[dict(meetingName='全省邮政管理半年工作会议', year=2020, convenedBy='福建省邮政管理局', targetArticle='chain/2020-07-20_fj-relay-half-year.txt')],
        noise=dict(),
    ))

art(file='chain/2021-07-19_zj-relay-2021-distractor', script='s',
    dateline='发布时间：2021-07-20 14:26:37 浙江省邮政管理局',
    body='''7月19日，浙江省邮政管理局召开党组会议，传达学习2021年全国邮政管理半年工作电视电话会议精神，研究部署下半年重点工作。局党组成员、副局长周建明主持会议并讲话，局党组成员、副局长沈佳慧出席会议。
会议认为，国家邮政局对下半年工作的部署站位高、要求实，全省系统要结合浙江实际抓好贯彻落实。上半年全省快递业务量完成101.3亿件，同比增长41.2%，行业保持较快增长态势。
周建明要求，一是要巩固“快递进村”成果，推动农村寄递物流体系建设；二是要持续推进快递包装绿色转型；三是要做好建党100周年后续寄递安全保障工作。
局机关各处室主要负责同志列席会议。''',
    gold=dict(
        about='Distractor for chain A: relays the 2021 half-year meeting (same name, another year). It must NOT be linked to the 2020 seed. 周建明 here is 局党组成员、副局长 (titles changed by 2022 and 2023).',
        meeting=dict(name='党组会议', date='2021-07-19', convenedBy='浙江省邮政管理局', form='党组会议'),
        officials=[
            dict(name='周建明', titles=['局党组成员', '副局长'], organization='浙江省邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='沈佳慧', titles=['局党组成员', '副局长'], organization='浙江省邮政管理局', roles=['ATTENDED'])],
        directives=[],
        tasks=dict(setBy='周建明', kind='REQUIREMENT', tasks=[
            dict(n=1, focus=None, goal='巩固“快递进村”成果', initiatives=['快递进村']),
            dict(n=2, focus=None, goal='持续推进快递包装绿色转型', initiatives=[]),
            dict(n=3, focus=None, goal='做好建党100周年后续寄递安全保障工作', initiatives=[])]),
        initiatives=dict(must=['快递进村'], should=[]),
        relays=[dict(meetingName='2021年全国邮政管理半年工作电视电话会议', year=2021, convenedBy='国家邮政局', targetArticle=None,
                     mustNotLinkTo=SEED)],
        noise=dict(),
    ))

# ================================================================ chain B (central document -> ministry -> province)
art(file='chain/2022-05-09_gov-rural-delivery-opinion', script='s',
    dateline='发布时间：2022-05-10 19:00:00 新华社',
    body='''新华社北京5月10日电　日前，国务院办公厅印发《关于推进农村寄递物流高质量发展的意见》（以下简称《意见》），部署加快健全县乡村三级寄递物流体系。
《意见》指出，农村寄递物流是农产品出村进城、消费品下乡进村的重要渠道。到2025年，基本形成开放惠民、集约共享、安全高效、双向畅通的农村寄递物流体系。
《意见》提出四方面重点任务：一是强化农村邮政体系作用，推进“邮快合作”；二是健全县乡村三级物流配送体系；三是推动“快递进村”与农村电商协同发展；四是加强末端服务监管。
《意见》明确，要加大政策支持力度，统筹用好现有资金渠道，支持农村寄递物流基础设施建设，完善农村寄递物流用地保障政策。
《意见》要求，各地区各有关部门要结合实际抓好贯彻落实。''',
    gold=dict(
        about='Chain B, central level: a published 国务院办公厅 意见, no meeting. The ministry article 2022-05-20 implements it.',
        meeting=None,
        officials=[],
        directives=[],
        directivesIssued=[dict(text='《关于推进农村寄递物流高质量发展的意见》', issuedBy='国务院办公厅')],
        tasks=None,
        initiatives=dict(must=['邮快合作', '快递进村'], should=[]),
        relays=[],
        noise=dict(),
    ))

art(file='chain/2022-05-20_spb-rural-delivery-teleconference', script='s',
    dateline='发布时间：2022-05-21 09:12:40 中国邮政快递报社',
    body='''5月20日，国家邮政局召开全国农村寄递物流高质量发展推进电视电话会议，深入贯彻落实《关于推进农村寄递物流高质量发展的意见》，部署推进农村寄递物流体系建设。局党组成员、副局长孙振华出席会议并讲话。会议由局市场监管司司长冯卫东主持。
孙振华指出，《意见》的印发，为做好农村寄递物流工作提供了根本遵循。
孙振华要求，要以推进“邮快合作”为重点，提升农村末端服务能力。统筹用好邮政普遍服务网络资源；要以完善县乡村三级体系为重点，加快补齐农村寄递基础设施短板。推动县级共配中心建设；要以强化末端监管为重点，切实保障农村寄递服务质量。
会议要求，各省（区、市）邮政管理局要及时传达会议精神，结合实际抓好落实。各省（区、市）邮政管理局负责同志在各分会场参加会议。''',
    gold=dict(
        about='Chain B, ministry level: implements the 国务院办公厅 意见 (2022-05-09 article) and is relayed by Jiangxi (2022-05-25).',
        meeting=dict(name='全国农村寄递物流高质量发展推进电视电话会议', date='2022-05-20', convenedBy='国家邮政局', form='电视电话会议'),
        officials=[
            dict(name='孙振华', titles=['局党组成员', '副局长'], organization='国家邮政局', roles=['ATTENDED', 'SPOKE']),
            dict(name='冯卫东', titles=['局市场监管司司长'], organization='国家邮政局', roles=['CHAIRED'])],
        directives=[dict(text='《关于推进农村寄递物流高质量发展的意见》', issuedBy='国务院办公厅', sourceArticle='chain/2022-05-09_gov-rural-delivery-opinion.txt')],
        tasks=dict(setBy='孙振华', kind='TASK', tasks=[
            dict(n=1, focus='推进“邮快合作”', goal='提升农村末端服务能力', initiatives=['邮快合作']),
            dict(n=2, focus='完善县乡村三级体系', goal='加快补齐农村寄递基础设施短板', initiatives=[]),
            dict(n=3, focus='强化末端监管', goal='切实保障农村寄递服务质量', initiatives=[])]),
        initiatives=dict(must=['邮快合作'], should=[]),
        relays=[],
        noise=dict(),
    ))

art(file='chain/2022-05-25_jx-relay-rural-delivery', script='t',
    dateline='發布時間：2022-05-26 10:33:12 江西省郵政管理局',
    body='''5月25日，江西省邮政管理局召开局务会议，传达学习全国农村寄递物流高质量发展推进电视电话会议精神，研究部署全省贯彻落实工作。局党组书记、局长熊建国主持会议并讲话，局党组成员、副局长万丽萍出席会议。
会议认为，全国推进会对农村寄递物流体系建设作出了系统部署，全省邮政管理系统要深刻认识推进农村寄递物流高质量发展的重要意义，增强工作的责任感和紧迫感。
熊建国强调，要以“邮快合作”为抓手，年内实现全省乡镇全覆盖；要加快县级寄递共配中心建设，推动“快递进村”提档升级；要加强农村寄递服务质量监管。
局机关各处室主要负责同志、直属单位负责同志列席会议。''',
    gold=dict(
        about='Chain B, provincial level (traditional): relays the 2022-05-20 ministry teleconference.',
        meeting=dict(name='局务会议', date='2022-05-25', convenedBy='江西省邮政管理局', form='局务会议'),
        officials=[
            dict(name='熊建国', titles=['局党组书记', '局长'], organization='江西省邮政管理局', roles=['CHAIRED', 'SPOKE']),
            dict(name='万丽萍', titles=['局党组成员', '副局长'], organization='江西省邮政管理局', roles=['ATTENDED'])],
        directives=[],
        tasks=dict(setBy='熊建国', kind='TASK', tasks=[
            dict(n=1, focus=None, goal='以“邮快合作”为抓手，年内实现全省乡镇全覆盖', initiatives=['邮快合作']),
            dict(n=2, focus=None, goal='加快县级寄递共配中心建设，推动“快递进村”提档升级', initiatives=['快递进村']),
            dict(n=3, focus=None, goal='加强农村寄递服务质量监管', initiatives=[])]),
        initiatives=dict(must=['邮快合作', '快递进村'], should=[]),
        relays=[dict(meetingName='全国农村寄递物流高质量发展推进电视电话会议', year=2022, convenedBy='国家邮政局', targetArticle='chain/2022-05-20_spb-rural-delivery-teleconference.txt')],
        noise=dict(),
    ))
