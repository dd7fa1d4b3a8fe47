package commstat.ingest.synth;

import java.util.Set;

/**
 * Chinese place and person names built from syllable lists, so a city of any scale gets plausible, distinct names
 * (长乐家园社区, 长兴街道, 金坛区) without a name list to license or ship.
 */
final class ChineseNames {
    private static final String PLACE = "长乐兴东西南北新和平安康福华金坛松鹤荷塘翠柳桃李春秋明光阳泉山河湖海江林园丰盛宁泰嘉瑞祥永昌建德文龙凤云溪桥石青锦秀茂源惠利民胜利朝霞育才光华前进友谊红旗幸福团结振兴繁荣广厦紫荆丹桂芙蓉梧桐玉兰";
    private static final String[] COMMUNITY_MIDDLE = {"", "", "家园", "路", "村", "巷", "里", "苑", "花园", "新村", "小区", "街", "湾", "府"};
    private static final String[] DIRECTION = {"东", "西", "南", "北", "新", "老"};
    private static final String[] AREA_SUFFIX = {"悦府", "雅苑", "安置小区", "花园", "新城", "名邸", "嘉园", "公寓"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文辉晓东海燕红梅玉兰俊杰子涵浩然欣怡梓萱嘉怡宇轩雨桐一诺思远佳琪博文天佑";

    private ChineseNames() {
    }

    private static String twoSyllables(SynthRandom random) {
        char a = random.pick(PLACE);
        char b;
        do {
            b = random.pick(PLACE);
        } while (b == a);
        return "" + a + b;
    }

    /** A name not yet in {@code taken}; the set is updated. */
    private static String unique(Set<String> taken, java.util.function.Supplier<String> make) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = make.get();
            if (taken.add(name)) {
                return name;
            }
        }
        // Syllable space exhausted in this scope (only at very large scales): number the name, still readable.
        String base = make.get();
        for (int n = 2; ; n++) {
            String name = base.replaceFirst("(社区|街道|区|市)$", n + "$1");
            if (taken.add(name)) {
                return name;
            }
        }
    }

    static String city(SynthRandom random, Set<String> taken) {
        return unique(taken, () -> twoSyllables(random) + "市");
    }

    static String district(SynthRandom random, Set<String> taken) {
        return unique(taken, () -> twoSyllables(random) + "区");
    }

    static String street(SynthRandom random, Set<String> taken) {
        return unique(taken, () -> twoSyllables(random) + "街道");
    }

    static String community(SynthRandom random, Set<String> taken) {
        return unique(taken, () -> (random.chance(0.2) ? DIRECTION[random.between(0, DIRECTION.length - 1)] : "")
                + twoSyllables(random) + COMMUNITY_MIDDLE[random.between(0, COMMUNITY_MIDDLE.length - 1)] + "社区");
    }

    static String housingArea(SynthRandom random) {
        return twoSyllables(random) + AREA_SUFFIX[random.between(0, AREA_SUFFIX.length - 1)];
    }

    /** A fake person's name: surname and one or two given characters. */
    static String person(SynthRandom random) {
        StringBuilder b = new StringBuilder().append(random.pick(SURNAMES)).append(random.pick(GIVEN));
        if (random.chance(0.6)) {
            b.append(random.pick(GIVEN));
        }
        return b.toString();
    }
}
