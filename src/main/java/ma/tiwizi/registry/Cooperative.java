package ma.tiwizi.registry;

import java.time.Instant;
import java.time.LocalDate;
import ma.tiwizi.platform.text.Ice;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.text.SearchText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A registered cooperative. Its status moves only as {@link CooperativeStatus} allows. */
@Table("registry_cooperative")
class Cooperative {

    @Id
    private Long id;
    private String nameAr;
    private String nameLatin;
    private LegalForm legalForm;
    private String registrationNumber;
    private LocalDate createdOn;
    private String ice;
    private Long communeId;
    private Sector sector;
    private String activity;
    private String phone;
    private String email;
    private String presidentName;
    private Sex presidentSex;
    private Integer presidentBirthYear;
    private int membersWomen;
    /** The counts come from the cooperative's member register (administration module); the form keeps them. */
    private boolean membersFromRegister;
    private int membersMen;
    private int womenUnder35;
    private int menUnder35;
    private CooperativeStatus status;
    private String searchText;
    private Instant createdAt;
    private Instant updatedAt;
    private String createdBy;
    private String updatedBy;
    @Version
    private Integer version;

    Cooperative() {
    }

    static Cooperative register(CooperativeForm form, String by, Instant now) {
        var cooperative = new Cooperative();
        cooperative.status = CooperativeStatus.ACTIVE;
        cooperative.createdAt = now;
        cooperative.createdBy = by;
        cooperative.legalForm = form.legalForm();
        cooperative.registrationNumber = cleanNumber(form.registrationNumber());
        cooperative.update(form, by, now);
        return cooperative;
    }

    /** Changes the profile; the legal identity (form, registration number) only when {@code identityToo}. */
    void update(CooperativeForm form, String by, Instant now, boolean identityToo) {
        if (identityToo) {
            legalForm = form.legalForm();
            registrationNumber = cleanNumber(form.registrationNumber());
        }
        update(form, by, now);
    }

    private void update(CooperativeForm form, String by, Instant now) {
        nameAr = form.nameAr().strip();
        nameLatin = form.nameLatin().strip();
        createdOn = form.createdOn();
        ice = blankToNull(Ice.clean(form.ice()));
        communeId = form.communeId();
        sector = form.sector();
        activity = blankToNull(form.activity());
        phone = MoroccanPhone.normalize(form.phone()).orElse(null);
        email = blankToNull(form.email());
        presidentName = form.presidentName().strip();
        presidentSex = form.presidentSex();
        presidentBirthYear = form.presidentBirthYear();
        if (!membersFromRegister) {
            membersWomen = form.membersWomen();
            membersMen = form.membersMen();
            womenUnder35 = form.womenUnder35();
            menUnder35 = form.menUnder35();
        }
        searchText = SearchText.key(nameAr, nameLatin, registrationNumber, ice == null ? "" : ice);
        updatedAt = now;
        updatedBy = by;
    }

    void changeStatus(CooperativeStatus target, String by, Instant now) {
        if (!status.canBecome(target)) {
            throw new RegistryRefused("registry.error.statusMove", "status", status, target);
        }
        status = target;
        updatedAt = now;
        updatedBy = by;
    }

    static String cleanNumber(String number) {
        return RegistrationNumber.Rule.clean(number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    CooperativeStatus status() {
        return status;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    String nameLatin() {
        return nameLatin;
    }
}
