package commstat.reports.assessment;

import java.util.List;
import java.util.Map;

/** Chinese labels for the codes of the assessment marts, and the order indicators are listed in. */
public final class AssessmentLabels {

    /** The indicators of assessment.md, in its order; an indicator of another scheme is listed after them by code. */
    public static final List<String> INDICATOR_ORDER = List.of("completeness", "timeliness", "data_quality",
            "unemployment_rate", "placement_rate", "zero_household_clearance", "fund_anomaly_points",
            "safety_incidents_per_1000", "satisfaction", "street_evaluation");

    private static final Map<String, String> INDICATORS = Map.of(
            "completeness", "报送完整率",
            "timeliness", "报送及时率",
            "data_quality", "数据质量",
            "unemployment_rate", "登记失业率",
            "placement_rate", "就业安置率",
            "zero_household_clearance", "零就业家庭清零率",
            "fund_anomaly_points", "资金异常扣分",
            "safety_incidents_per_1000", "每千人安全事件",
            "satisfaction", "居民满意度",
            "street_evaluation", "街道评价");

    private static final Map<String, String> RATINGS = Map.of(
            "EXCELLENT", "优秀", "GOOD", "良好", "PASS", "合格", "FAIL", "不合格");

    private static final Map<String, String> UNCERTAINTY = Map.of(
            "robust", "确定不合格", "borderline", "临界（需复核）", "at_risk", "有不合格风险", "stable", "稳定");

    private AssessmentLabels() {
    }

    public static String indicator(String code) {
        return INDICATORS.getOrDefault(code, code);
    }

    public static String rating(String code) {
        return RATINGS.getOrDefault(code, code);
    }

    public static String uncertainty(String code) {
        return code == null ? "" : UNCERTAINTY.getOrDefault(code, code);
    }

    static int indicatorRank(String code) {
        int i = INDICATOR_ORDER.indexOf(code);
        return i < 0 ? INDICATOR_ORDER.size() : i;
    }
}
