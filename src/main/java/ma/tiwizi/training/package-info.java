/**
 * Training programmes for cooperatives: programmes with their partners, the module catalogue, sessions with trainers,
 * the capacity diagnostic, invitations by filter with reminders, enrolment with a waiting list, attendance (by the
 * trainer or by QR self check-in), pre- and post-tests with learning gain, satisfaction, programme certificates with
 * public verification, the programme report, and the training record other modules read ({@link
 * ma.tiwizi.training.TrainingRecord}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "bizplan", "platform", "registry", "territory"})
package ma.tiwizi.training;
