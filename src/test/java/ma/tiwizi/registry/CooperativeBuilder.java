package ma.tiwizi.registry;

import java.time.LocalDate;

/**
 * A cooperative as tests describe it: {@code aCooperative("تعاونية النحل", number).in(12).presidedBy("زينب", Sex.F,
 * 1996).form()}. Unless told otherwise: a cooperative (not a union) created on 1 March 2015 in commune 1, keeping
 * bees, without ICE, phone or e-mail, presided by a woman born in 1970, with 3 women and 7 men, none under 35.
 */
public final class CooperativeBuilder {

    private final String nameAr;
    private final String registrationNumber;
    private String nameLatin;
    private LegalForm legalForm = LegalForm.COOPERATIVE;
    private LocalDate createdOn = LocalDate.of(2015, 3, 1);
    private String ice = "";
    private Long commune = 1L;
    private Sector sector = Sector.HONEY;
    private String activity = "";
    private String phone = "";
    private String email = "";
    private String president = "فاطمة";
    private Sex presidentSex = Sex.F;
    private Integer presidentBorn = 1970;
    private Integer women = 3;
    private Integer men = 7;
    private Integer youngWomen = 0;
    private Integer youngMen = 0;
    private Integer version;

    private CooperativeBuilder(String nameAr, String registrationNumber) {
        this.nameAr = nameAr;
        this.registrationNumber = registrationNumber;
        this.nameLatin = "Cooperative " + registrationNumber;
    }

    public static CooperativeBuilder aCooperative(String nameAr, String registrationNumber) {
        return new CooperativeBuilder(nameAr, registrationNumber);
    }

    public CooperativeBuilder latin(String name) {
        nameLatin = name;
        return this;
    }

    public CooperativeBuilder union() {
        legalForm = LegalForm.UNION;
        return this;
    }

    public CooperativeBuilder as(LegalForm form) {
        legalForm = form;
        return this;
    }

    public CooperativeBuilder createdOn(LocalDate day) {
        createdOn = day;
        return this;
    }

    public CooperativeBuilder withIce(String number) {
        ice = number;
        return this;
    }

    public CooperativeBuilder in(long communeId) {
        commune = communeId;
        return this;
    }

    public CooperativeBuilder in(Sector of) {
        sector = of;
        return this;
    }

    public CooperativeBuilder doing(String what) {
        activity = what;
        return this;
    }

    public CooperativeBuilder reachedAt(String phoneNumber, String emailAddress) {
        phone = phoneNumber;
        email = emailAddress;
        return this;
    }

    public CooperativeBuilder presidedBy(String name, Sex sex, Integer born) {
        president = name;
        presidentSex = sex;
        presidentBorn = born;
        return this;
    }

    /** Members: women, men, and of them the women and the men under 35. */
    public CooperativeBuilder members(int womenMembers, int menMembers, int womenUnder35, int menUnder35) {
        women = womenMembers;
        men = menMembers;
        youngWomen = womenUnder35;
        youngMen = menUnder35;
        return this;
    }

    public CooperativeBuilder atVersion(Integer seen) {
        version = seen;
        return this;
    }

    public CooperativeForm form() {
        return new CooperativeForm(nameAr, nameLatin, legalForm, registrationNumber, createdOn, ice, commune, sector,
                activity, phone, email, president, presidentSex, presidentBorn, women, men, youngWomen, youngMen,
                version);
    }
}
