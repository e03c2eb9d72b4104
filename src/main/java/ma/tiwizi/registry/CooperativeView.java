package ma.tiwizi.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import ma.tiwizi.platform.text.MoroccanPhone;

/** A cooperative as pages, exports and the API read it, with its derived facts computed for today. */
public record CooperativeView(long id, String nameAr, String nameLatin, LegalForm legalForm, String registrationNumber,
        LocalDate createdOn, String ice, long communeId, Sector sector, String activity, String phone, String email,
        String presidentName, Sex presidentSex, Integer presidentBirthYear, int membersWomen, int membersMen,
        int womenUnder35, int menUnder35, CooperativeStatus status, Instant updatedAt, String updatedBy, int version,
        boolean womenLed, boolean youthLed, boolean newlyCreated, BigDecimal womenAndYouthShare,
        boolean membersFromRegister) {

    public int members() {
        return membersWomen + membersMen;
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
    }

    public String otherName(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameLatin : nameAr;
    }

    /** The form that edits this cooperative, filled with what is stored now. */
    public CooperativeForm toForm() {
        return new CooperativeForm(nameAr, nameLatin, legalForm, registrationNumber, createdOn, ice == null ? "" : ice,
                communeId, sector, activity == null ? "" : activity,
                phone == null ? "" : MoroccanPhone.national(phone),
                email == null ? "" : email, presidentName, presidentSex, presidentBirthYear, membersWomen,
                membersMen, womenUnder35, menUnder35, version);
    }

    static CooperativeView of(ResultSet rs, LocalDate today) throws SQLException {
        var sex = Sex.valueOf(rs.getString("president_sex"));
        int birth = rs.getInt("president_birth_year");
        Integer birthYear = rs.wasNull() ? null : birth;
        LocalDate created = rs.getObject("created_on", LocalDate.class);
        int women = rs.getInt("members_women");
        int men = rs.getInt("members_men");
        int youngMen = rs.getInt("men_under35");
        return new CooperativeView(rs.getLong("id"), rs.getString("name_ar"), rs.getString("name_latin"),
                LegalForm.valueOf(rs.getString("legal_form")), rs.getString("registration_number"), created,
                rs.getString("ice"), rs.getLong("commune_id"), Sector.valueOf(rs.getString("sector")),
                rs.getString("activity"), rs.getString("phone"), rs.getString("email"),
                rs.getString("president_name"), sex, birthYear, women, men, rs.getInt("women_under35"), youngMen,
                CooperativeStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getInt("version"), RegistryRules.womenLed(sex),
                RegistryRules.youthLed(birthYear, today), RegistryRules.newlyCreated(created, today),
                RegistryRules.womenAndYouthShare(women, men, youngMen), rs.getBoolean("members_from_register"));
    }
}
