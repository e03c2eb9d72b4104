package ma.tiwizi.insights.dashboard;

/**
 * What the dashboard is narrowed to, as typed in its form or its URL; every part is optional. Years are inclusive;
 * without them the dashboard covers the last five years.
 */
public record DashboardFilter(Integer fromYear, Integer toYear, String region, String province, String cercle,
        Long commune, String sector, Boolean womenLed, Boolean youthLed) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null, null, null, null, null, null);
    }
}
