package commstat.server.charts;

import java.util.Map;

/** Chinese labels of the scheme's indicator codes, for charts; an unknown code shows as itself. */
public final class IndicatorLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("completeness", "报送完整率"),
            Map.entry("timeliness", "报送及时率"),
            Map.entry("data_quality", "数据质量"),
            Map.entry("unemployment_rate", "登记失业率"),
            Map.entry("placement_rate", "再就业率"),
            Map.entry("zero_household_clearance", "零就业家庭清零"),
            Map.entry("fund_anomaly_points", "资金异常"),
            Map.entry("safety_incidents_per_1000", "安全事件(每千人)"),
            Map.entry("satisfaction", "居民满意度"),
            Map.entry("street_evaluation", "街道评价"));

    private IndicatorLabels() {
    }

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
