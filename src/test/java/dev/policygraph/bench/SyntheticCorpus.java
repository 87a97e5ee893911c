package dev.policygraph.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * A deterministic synthetic corpus in the genre (seeded, pure): campaigns in which a central directive is
 * implemented by a ministry teleconference, relayed by provincial bodies (传达学习…精神), which are relayed in turn by
 * city bodies. Every article comes with its own gold, in the shape {@code GoldReader} reads.
 * <p>
 * Officials are persistent per body and five-year term, so the same people recur across articles; about 30% of
 * articles are in traditional script, some carry pinyin annotations {@code 学(xué)习(xí)}, some page chrome before
 * and after the body. The templates follow the corpus articles under {@code corpus/chain/}.
 */
public final class SyntheticCorpus {

    /** One generated article: the JSON-lines fields plus its gold as JSON. */
    public record Article(int index, String text, String sourceUrl, OffsetDateTime publishedAt, ObjectNode gold) {

        public String file() {
            return "synthetic-" + index;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A ministry and how its provincial and city counterparts, their titles and its meetings are named. */
    private record Ministry(String name, String sector, String provFunction, String cityFunction, String paper,
            String headTitles, String deputyTitles, String provHead, String provDeputy, String party,
            List<String> focuses, List<String> goals, List<String> actions, List<String> initiatives,
            List<String> topics) {
    }

    private static final List<Ministry> MINISTRIES = List.of(
            new Ministry("国家邮政局", "邮政管理", "邮政管理局", "邮政管理局", "中国邮政快递报社",
                    "局党组书记、局长", "局党组成员、副局长", "局党组书记、局长", "局党组成员、副局长", "局",
                    List.of("推进“快递进村”", "实施“两进一出”工程", "强化寄递渠道安全监管", "推进快递包装绿色治理",
                            "优化行业营商环境", "推动“邮快合作”", "完善县乡村三级寄递体系", "保障快递从业人员权益"),
                    List.of("推动行业高质量发展", "切实维护寄递渠道安全", "加快补齐农村寄递基础设施短板",
                            "不断提升寄递服务质量", "持续增强行业发展动能", "切实保障末端服务能力"),
                    List.of("统筹用好邮政普遍服务网络资源", "推动县级共配中心建设", "落实实名收寄、收寄验视、过机安检制度",
                            "推广可循环包装", "深化“放管服”改革", "加强旺季服务保障"),
                    List.of("快递进村", "两进一出", "邮快合作", "放管服", "绿色包装"),
                    List.of("安全生产", "半年", "农村寄递物流", "快递包装治理", "旺季服务保障")),
            new Ministry("交通运输部", "交通运输", "交通运输厅", "交通运输局", "中国交通报社",
                    "部党组书记、部长", "部党组成员、副部长", "厅党组书记、厅长", "厅党组成员、副厅长", "厅",
                    List.of("建设“四好农村路”", "深化交通运输领域改革", "强化安全生产隐患排查整治", "推进综合交通枢纽建设",
                            "加快智慧交通发展", "推动“公转铁”运输结构调整"),
                    List.of("加快建设交通强国", "切实保障人民群众生命财产安全", "提升综合运输服务水平",
                            "推动行业绿色低碳转型", "持续优化营商环境"),
                    List.of("开展重点领域安全专项整治", "推进农村公路管养体制改革", "加快国家综合立体交通网建设",
                            "深化“放管服”改革", "推广新能源营运车辆"),
                    List.of("四好农村路", "公转铁", "放管服", "交通强国"),
                    List.of("安全生产", "农村公路", "交通运输", "春运", "平安交通")),
            new Ministry("生态环境部", "生态环境", "生态环境厅", "生态环境局", "中国环境报社",
                    "部党组书记、部长", "部党组成员、副部长", "厅党组书记、厅长", "厅党组成员、副厅长", "厅",
                    List.of("打好“蓝天保卫战”", "推进“无废城市”建设", "强化生态环境执法监管", "深化排污许可制度改革",
                            "加强农村环境整治"),
                    List.of("持续改善生态环境质量", "坚决打好污染防治攻坚战", "守牢生态环境安全底线",
                            "推动经济社会发展全面绿色转型"),
                    List.of("开展重点区域秋冬季攻坚行动", "推进入河排污口排查整治", "落实“双随机”监管",
                            "加快补齐环境基础设施短板"),
                    List.of("蓝天保卫战", "无废城市", "双随机", "河长制"),
                    List.of("生态环境保护", "大气污染防治", "固体废物污染防治", "生态环境执法")),
            new Ministry("国家市场监督管理总局", "市场监管", "市场监督管理局", "市场监督管理局", "中国市场监管报社",
                    "总局党组书记、局长", "总局党组成员、副局长", "局党组书记、局长", "局党组成员、副局长", "局",
                    List.of("深化“证照分离”改革", "强化食品安全监管", "加强特种设备安全监察", "推进“双随机、一公开”监管",
                            "规范涉企收费"),
                    List.of("持续优化营商环境", "守住不发生系统性食品安全风险的底线", "切实维护公平竞争市场秩序",
                            "不断提升质量技术基础能力"),
                    List.of("开展食品安全专项整治", "落实企业主体责任", "推行信用风险分类监管",
                            "深化“放管服”改革"),
                    List.of("证照分离", "双随机、一公开", "放管服", "明厨亮灶"),
                    List.of("市场监管", "食品安全", "特种设备安全", "质量强国")),
            new Ministry("应急管理部", "应急管理", "应急管理厅", "应急管理局", "中国应急管理报社",
                    "部党委书记、部长", "部党委委员、副部长", "厅党委书记、厅长", "厅党委委员、副厅长", "厅",
                    List.of("开展安全生产专项整治三年行动", "强化防汛抗旱准备", "提升基层应急能力", "推进“工业互联网+安全生产”"),
                    List.of("坚决防范遏制重特大事故", "切实保障人民群众生命财产安全", "全面提升防灾减灾救灾能力"),
                    List.of("压实安全生产责任", "开展隐患排查治理", "加强应急救援队伍建设", "完善应急预案体系"),
                    List.of("工业互联网+安全生产", "安全生产专项整治三年行动", "防灾减灾"),
                    List.of("安全生产", "防汛抗旱", "森林草原防灭火", "应急管理")));

    /** Provinces with the prefecture-level cities the extractor's lexicon also knows (a body there gets a parent). */
    private static final Map<String, List<String>> PROVINCES = new java.util.LinkedHashMap<>();
    static {
        PROVINCES.put("福建省", List.of("福州", "厦门", "泉州", "漳州", "莆田", "三明", "南平", "龙岩", "宁德"));
        PROVINCES.put("四川省", List.of("成都", "绵阳", "德阳", "宜宾", "泸州", "南充", "乐山", "达州"));
        PROVINCES.put("浙江省", List.of("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"));
        PROVINCES.put("江西省", List.of("南昌", "九江", "赣州", "上饶", "宜春", "吉安", "抚州", "景德镇", "萍乡", "新余", "鹰潭"));
        PROVINCES.put("安徽省", List.of("合肥", "芜湖", "蚌埠", "安庆", "阜阳"));
        PROVINCES.put("湖南省", List.of("长沙", "株洲", "湘潭", "岳阳", "常德", "衡阳"));
        PROVINCES.put("湖北省", List.of("武汉", "宜昌", "襄阳"));
        PROVINCES.put("广东省", List.of("广州", "深圳", "东莞", "佛山", "珠海", "汕头"));
        PROVINCES.put("江苏省", List.of("南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州"));
        PROVINCES.put("山东省", List.of("济南", "青岛", "烟台", "潍坊", "临沂"));
        PROVINCES.put("河南省", List.of("郑州", "洛阳"));
        PROVINCES.put("河北省", List.of("石家庄", "唐山", "保定"));
        PROVINCES.put("辽宁省", List.of("沈阳", "大连"));
        PROVINCES.put("陕西省", List.of("西安"));
        PROVINCES.put("云南省", List.of("昆明"));
        PROVINCES.put("海南省", List.of("海口", "三亚"));
        PROVINCES.put("山西省", List.of("太原"));
        PROVINCES.put("贵州省", List.of("贵阳"));
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤常康施文樊葛邢齐易乔";
    private static final String GIVEN = "伟芳秀敏静丽强磊军洋勇艳杰涛明超霞平刚桂英华玉萍红娟建文辉力宏志坚振东卫晓春光民德胜应云龙海峰国庆雅琴宁波斌鹏飞凯佳慧敬松柏林森";

    private static final List<String> REVIEW = List.of(
            "%d年以来,全系统认真贯彻落实各项决策部署,各项工作取得了积极进展",
            "上半年,行业运行总体平稳,重点任务稳步推进,服务保障能力持续增强",
            "过去一段时间,各级各部门攻坚克难、狠抓落实,主要指标完成情况好于预期",
            "当前,行业发展面临的形势依然复杂严峻,必须保持清醒头脑,增强忧患意识");
    private static final List<String> CHROME_BEFORE = List.of("当前位置:首页 > 新闻中心 > 工作动态", "首页 > 政务公开 > 工作要闻",
            "【字体:大 中 小】 【打印】");
    private static final List<String> HEADLINES = List.of("推动行业高质量发展迈上新台阶", "全力做好岁末年初安全生产工作",
            "持续优化营商环境 激发市场主体活力", "深入开展主题教育 推动学习走深走实", "扎实做好民生实事 提升群众获得感");
    private static final List<String> PINYIN_WORDS = List.of("学习", "贯彻", "部署", "会议", "精神", "落实", "工作", "要求");

    private final long seed;
    private final Random random;
    private final Map<String, List<Person>> rosters = new HashMap<>();
    private final Set<String> nationalNames = new HashSet<>();
    private int next;

    private record Person(String name, String titles) {
    }

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Generates the first {@code n} articles of this seed's corpus, in order, to the consumer. */
    public void generate(int n, Consumer<Article> out) {
        int[] left = {n};
        while (left[0] > 0) {
            campaign(a -> {
                if (left[0] > 0) {
                    left[0]--;
                    out.accept(a);
                }
            });
        }
    }

    public List<Article> generate(int n) {
        var list = new ArrayList<Article>(n);
        generate(n, list::add);
        return list;
    }

    // ------------------------------------------------------------------ campaigns

    private void campaign(Consumer<Article> out) {
        Ministry mi = pick(MINISTRIES);
        int year = 2012 + random.nextInt(13);
        String topic = pick(mi.topics());
        String form = pick(List.of("工作电视电话会议", "工作会议", "推进电视电话会议", "工作视频会议"));
        String nationalName = year + "年全国" + mi.sector() + topic.replace(mi.sector(), "") + form;
        for (int attempt = 0; nationalNames.contains(mi.name() + nationalName) && attempt < 20; attempt++) {
            topic = pick(mi.topics());
            form = pick(List.of("工作电视电话会议", "工作会议", "推进电视电话会议", "工作视频会议", "专题会议", "推进会"));
            nationalName = year + "年全国" + mi.sector() + topic.replace(mi.sector(), "") + form;
        }
        nationalNames.add(mi.name() + nationalName);
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Directive directive = directive(topic);
        out.accept(national(mi, nationalName, date, directive));

        List<String> provinces = new ArrayList<>(PROVINCES.keySet());
        int relaying = 3 + random.nextInt(8);
        for (int p = 0; p < relaying && !provinces.isEmpty(); p++) {
            String province = provinces.remove(random.nextInt(provinces.size()));
            LocalDate pDate = date.plusDays(1 + random.nextInt(12));
            String body = province + mi.provFunction();
            String provName = "全省" + mi.sector() + topic.replace(mi.sector(), "") + "工作会议";
            boolean named = random.nextInt(4) > 0;
            String pMeeting = named ? provName
                    : pick(List.of(mi.party() + "党组会议", mi.party() + "务会议", "党组理论学习中心组学习会"));
            String relayAs = random.nextBoolean() ? nationalName : nationalName.substring(5);
            out.accept(relay(mi, body, pMeeting, pDate, relayAs, year, mi.name(), mi.provHead(), mi.provDeputy(),
                    "全省", province));
            if (!named) {
                continue;
            }
            List<String> cities = new ArrayList<>(PROVINCES.get(province));
            int cityCount = random.nextInt(Math.min(4, cities.size() + 1));
            for (int c = 0; c < cityCount; c++) {
                String city = cities.remove(random.nextInt(cities.size())) + "市";
                String cBody = city + mi.cityFunction();
                String cMeeting = pick(List.of("全市" + mi.sector() + topic.replace(mi.sector(), "") + "工作会议",
                        "局务会议", "全体干部会议", "党组会议"));
                out.accept(relay(mi, cBody, cMeeting, pDate.plusDays(1 + random.nextInt(9)), provName, year, body,
                        "局党组书记、局长", "副局长", "全市", city));
            }
        }
    }

    private record Directive(String clause, String verb, String text, List<String> issuedBy) {
    }

    private Directive directive(String topic) {
        String t = topic.replace("半年", "行业发展");
        return switch (random.nextInt(3)) {
            case 0 -> new Directive(null, "深入学习贯彻", "习近平总书记关于" + t + "的重要指示批示精神", List.of("习近平"));
            case 1 -> new Directive(null, "认真贯彻落实", "党中央、国务院决策部署", List.of("党中央", "国务院"));
            default -> new Directive(null, "贯彻落实", "《国务院关于加强" + t + "工作的意见》", List.of("国务院"));
        };
    }

    // ------------------------------------------------------------------ articles

    private Article national(Ministry mi, String name, LocalDate date, Directive d) {
        List<Person> staff = roster(mi.name(), date.getYear(), mi.headTitles(), mi.deputyTitles());
        Person head = staff.get(0);
        Person chair = staff.get(1);
        List<Person> attending = staff.subList(2, staff.size());
        var gold = goldStart(name, date, mi.name(), formOf(name));
        var officials = new ArrayList<ObjectNode>();
        officials.add(official(head, mi.name(), "ATTENDED", "SPOKE"));

        var b = new StringBuilder();
        b.append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日,").append(mi.name())
                .append("召开").append(name).append(",").append(d.verb()).append(d.text()).append(",")
                .append(pick(List.of("总结前一阶段工作,部署下一阶段重点任务", "研究部署下一步重点工作",
                        "动员部署" + mi.sector() + "重点工作")))
                .append("。").append(head.titles()).append(head.name()).append("出席会议并讲话。");
        if (random.nextBoolean()) {
            b.append("会议由").append(chair.titles()).append(chair.name()).append("主持。");
        } else {
            b.append(chair.titles()).append(chair.name()).append("主持会议。");
        }
        officials.add(official(chair, mi.name(), "CHAIRED"));
        if (!attending.isEmpty()) {
            b.append(mi.deputyTitles());
            for (int i = 0; i < attending.size(); i++) {
                b.append(i == 0 ? "" : "、").append(attending.get(i).name());
                officials.add(official(attending.get(i), mi.name(), "ATTENDED"));
            }
            b.append("出席会议。");
        }
        b.append("\n").append(head.name()).append("指出,").append(String.format(pick(REVIEW), date.getYear()))
                .append("。\n");
        var tasks = JSON.createArrayNode();
        var initiatives = new LinkedHashSet<String>();
        b.append(head.name()).append(pick(List.of("要求", "强调"))).append(",")
                .append(random.nextBoolean() ? "下一步要着力抓好以下重点工作:" : "");
        List<String> focuses = sample(mi.focuses(), 3 + random.nextInt(2));
        List<String> goals = sample(mi.goals(), focuses.size());
        for (int i = 0; i < focuses.size(); i++) {
            String action = pick(mi.actions());
            String goal = goals.get(i % goals.size());
            b.append(i == 0 ? "" : ";").append("要以").append(focuses.get(i)).append("为重点,").append(goal)
                    .append("。").append(action);
            var task = task(i + 1, focuses.get(i), goal);
            quoted(focuses.get(i) + goal, task.withArray("initiatives"));
            quoted(focuses.get(i) + goal + action, initiatives);
            tasks.add(task);
        }
        b.append("。\n会议要求,各省(区、市)").append(mi.provFunction())
                .append("要及时做好会议精神的传达学习贯彻,结合实际抓好落实。各省(区、市)").append(mi.provFunction())
                .append("负责同志在各分会场参加会议。\n");

        gold.set("officials", JSON.createObjectNode().set("must", array(officials)));
        var dir = JSON.createObjectNode().put("text", d.text());
        var by = dir.putArray("issuedBy");
        d.issuedBy().forEach(by::add);
        gold.set("directivesImplemented", JSON.createObjectNode().set("must", JSON.createArrayNode().add(dir)));
        if (d.issuedBy().contains("习近平")) {
            var x = JSON.createObjectNode().put("name", "习近平");
            x.putArray("titles").add("总书记");
            gold.set("officials", ((ObjectNode) gold.get("officials")).set("mustNotAttend", JSON.createArrayNode().add(x)));
        }
        finishTasks(gold, head.name(), "TASK", tasks);
        finishInitiatives(gold, initiatives);
        gold.set("relays", JSON.createObjectNode().set("must", JSON.createArrayNode()));
        return article(b.toString(), date, pick(List.of(mi.paper(), mi.name())), gold);
    }

    private Article relay(Ministry mi, String body, String meeting, LocalDate date, String relayed, int relayedYear,
            String relayedBy, String headTitles, String deputyTitles, String scope, String place) {
        List<Person> staff = roster(body, date.getYear(), headTitles, deputyTitles);
        Person head = staff.get(0);
        Person deputy = staff.get(1);
        var gold = goldStart(meeting, date, body, formOf(meeting));
        var officials = new ArrayList<ObjectNode>();
        var b = new StringBuilder();
        b.append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日,").append(body)
                .append("召开").append(meeting).append(",传达学习").append(relayed).append("精神,")
                .append(pick(List.of("研究部署" + scope + "贯彻落实工作", "部署落实措施", "安排部署下一步工作"))).append("。");
        if (random.nextBoolean()) {
            b.append(head.titles()).append(head.name()).append("主持会议并讲话,").append(deputy.titles())
                    .append(deputy.name()).append("出席会议。");
            officials.add(official(head, body, "CHAIRED", "SPOKE"));
            officials.add(official(deputy, body, "ATTENDED"));
        } else {
            b.append(head.titles()).append(head.name()).append("出席会议并讲话,").append(deputy.titles())
                    .append(deputy.name()).append("主持会议。");
            officials.add(official(head, body, "ATTENDED", "SPOKE"));
            officials.add(official(deputy, body, "CHAIRED"));
        }
        b.append("\n会议认为,").append(relayed.startsWith("全省") ? "全省会议" : "全国会议")
                .append("对做好当前和今后一个时期工作作出了全面部署,").append(scope)
                .append("系统要认真学习领会,切实把思想和行动统一到会议精神上来。\n");
        b.append(head.name()).append(pick(List.of("要求", "强调"))).append(",");
        var tasks = JSON.createArrayNode();
        var initiatives = new LinkedHashSet<String>();
        String[] ordinals = {"一", "二", "三", "四"};
        List<String> goals = new ArrayList<>();
        List<String> focuses = sample(mi.focuses(), 2 + random.nextInt(2));
        goals.addAll(focuses);
        for (int i = 0; i < goals.size(); i++) {
            String extra = random.nextInt(3) == 0 ? ",力争年底前取得明显成效" : "";
            b.append(i == 0 ? "" : ";").append(ordinals[i]).append("是要").append(goals.get(i)).append(extra);
            var task = task(i + 1, null, goals.get(i));
            quoted(goals.get(i), task.withArray("initiatives"));
            quoted(goals.get(i), initiatives);
            tasks.add(task);
        }
        b.append("。\n").append(pick(List.of("局机关各处室主要负责同志参加会议。", "各处室、直属单位负责同志列席会议。",
                "局全体干部职工参加会议。")));
        b.append("\n");
        gold.set("officials", JSON.createObjectNode().set("must", array(officials)));
        gold.set("directivesImplemented", JSON.createObjectNode().set("must", JSON.createArrayNode()));
        finishTasks(gold, head.name(), "REQUIREMENT", tasks);
        finishInitiatives(gold, initiatives);
        var relay = JSON.createObjectNode().put("meetingName", relayed).put("year", relayedYear)
                .put("convenedBy", relayedBy);
        gold.set("relays", JSON.createObjectNode().set("must", JSON.createArrayNode().add(relay)));
        return article(b.toString(), date, body, gold);
    }

    /** Dateline, noise, script; the gold's strings follow the article's script. */
    private Article article(String body, LocalDate date, String publisher, ObjectNode gold) {
        int index = next++;
        LocalDateTime at = date.plusDays(random.nextInt(3) == 0 ? 0 : 1).atTime(8 + random.nextInt(12),
                random.nextInt(60), random.nextInt(60));
        if (at.toLocalDate().equals(date)) {
            at = at.withHour(18 + random.nextInt(5));
        }
        OffsetDateTime published = at.atOffset(ZoneOffset.ofHours(8));
        String dateline = random.nextBoolean() ? "发布时间:" + STAMP.format(at) + " " + publisher
                : "来源:" + publisher + "  发布时间:" + STAMP.format(at);
        var text = new StringBuilder();
        boolean chrome = random.nextInt(10) < 4;
        if (chrome && random.nextBoolean()) {
            text.append(pick(CHROME_BEFORE)).append("\n");
        }
        text.append(dateline).append("\n\n").append(body);
        if (chrome) {
            text.append("责任编辑:").append(personName(random)).append("\n");
            text.append("相关阅读\n");
            for (String h : sample(HEADLINES, 2 + random.nextInt(2))) {
                text.append(h).append("\n");
            }
            text.append("版权所有:").append(publisher).append("  技术支持:信息中心\n");
        }
        String out = text.toString();
        boolean traditional = random.nextInt(10) < 3;
        if (traditional) {
            out = HanLP.convertToTraditionalChinese(out);
            traditionalGold(gold);
        }
        if (random.nextInt(10) < 2) {
            out = pinyin(out, traditional);
        }
        var article = gold.with("article");
        article.put("publishedAt", published.toString());
        article.with("publisher").put("name", traditional ? HanLP.convertToTraditionalChinese(publisher) : publisher);
        article.put("script", traditional ? "traditional" : "simplified");
        gold.put("about", "synthetic corpus, seed " + seed + ", article " + index);
        return new Article(index, out, "https://news.example.gov.cn/" + seed + "/" + index + ".html", published,
                gold);
    }

    /** Adds tone-marked pinyin after each character of some common words, as scraped pages do. */
    private String pinyin(String text, boolean traditional) {
        String out = text;
        for (String word : sample(PINYIN_WORDS, 2 + random.nextInt(3))) {
            String written = traditional ? HanLP.convertToTraditionalChinese(word) : word;
            List<Pinyin> py = HanLP.convertToPinyinList(word);
            var annotated = new StringBuilder();
            for (int i = 0; i < written.length(); i++) {
                annotated.append(written.charAt(i)).append('(').append(py.get(i).getPinyinWithToneMark()).append(')');
            }
            out = out.replace(written, annotated.toString());
        }
        return out;
    }

    // ------------------------------------------------------------------ people

    /** The body's head and deputies for the five-year term containing {@code year}: stable across articles. */
    private List<Person> roster(String body, int year, String headTitles, String deputyTitles) {
        String key = body + "/" + (year / 5);
        return rosters.computeIfAbsent(key, k -> {
            var r = new Random(seed * 31 + k.hashCode());
            var names = new LinkedHashSet<String>();
            int size = 2 + r.nextInt(3);
            while (names.size() < size) {
                names.add(personName(r));
            }
            var people = new ArrayList<Person>();
            for (String n : names) {
                people.add(new Person(n, people.isEmpty() ? headTitles : deputyTitles));
            }
            return people;
        });
    }

    private static String personName(Random r) {
        String name = String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int given = r.nextInt(4) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name += GIVEN.charAt(r.nextInt(GIVEN.length()));
        }
        return name;
    }

    // ------------------------------------------------------------------ gold

    private static ObjectNode goldStart(String meeting, LocalDate date, String convener, String form) {
        var gold = JSON.createObjectNode();
        var m = JSON.createObjectNode().put("name", meeting).put("date", date.toString()).put("convenedBy", convener)
                .put("form", form);
        gold.set("meeting", JSON.createObjectNode().set("must", m));
        return gold;
    }

    private static ObjectNode official(Person p, String body, String... roles) {
        var o = JSON.createObjectNode().put("name", p.name()).put("organization", body);
        var titles = o.putArray("titles");
        for (String t : p.titles().split("、")) {
            titles.add(t);
        }
        var r = o.putArray("roles");
        for (String role : roles) {
            r.add(role);
        }
        return o;
    }

    private static ObjectNode task(int n, String focus, String goal) {
        var t = JSON.createObjectNode().put("n", n);
        if (focus == null) {
            t.putNull("focus");
        } else {
            t.put("focus", focus);
        }
        t.put("goal", goal);
        t.putArray("initiatives");
        return t;
    }

    private static void finishTasks(ObjectNode gold, String setBy, String kind, ArrayNode tasks) {
        var set = JSON.createObjectNode().put("setBy", setBy).put("kind", kind);
        set.set("tasks", tasks);
        gold.set("tasks", JSON.createObjectNode().set("must", set));
    }

    private static void finishInitiatives(ObjectNode gold, Set<String> initiatives) {
        var ini = JSON.createObjectNode();
        var must = ini.putArray("must");
        initiatives.forEach(must::add);
        ini.putArray("should");
        ini.putArray("partOf");
        gold.set("initiatives", ini);
    }

    private static String formOf(String meeting) {
        for (String f : List.of("电视电话会议", "视频会议", "工作会议", "党组会议", "学习会", "推进会", "专题会议", "干部会议")) {
            if (meeting.endsWith(f)) {
                return f;
            }
        }
        return "会议";
    }

    /** Every string in the gold converted the way the article's text was. */
    private static void traditionalGold(ObjectNode node) {
        var fields = new ArrayList<String>();
        node.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            var v = node.get(f);
            if (v.isTextual() && !f.equals("kind")) {
                node.put(f, HanLP.convertToTraditionalChinese(v.asText()));
            } else if (v.isObject()) {
                traditionalGold((ObjectNode) v);
            } else if (v.isArray()) {
                var a = (ArrayNode) v;
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).isTextual()) {
                        a.set(i, HanLP.convertToTraditionalChinese(a.get(i).asText()));
                    } else if (a.get(i).isObject()) {
                        traditionalGold((ObjectNode) a.get(i));
                    }
                }
            }
        }
    }

    private static void quoted(String text, ArrayNode into) {
        var seen = new LinkedHashSet<String>();
        quoted(text, seen);
        seen.forEach(into::add);
    }

    private static void quoted(String text, Set<String> into) {
        int at = 0;
        while ((at = text.indexOf('“', at)) >= 0) {
            int end = text.indexOf('”', at);
            if (end < 0) {
                break;
            }
            into.add(text.substring(at + 1, end));
            at = end + 1;
        }
    }

    private static ArrayNode array(List<ObjectNode> nodes) {
        var a = JSON.createArrayNode();
        nodes.forEach(a::add);
        return a;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> sample(List<T> list, int n) {
        var copy = new ArrayList<>(list);
        var out = new ArrayList<T>();
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }
}
