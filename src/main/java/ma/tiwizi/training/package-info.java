/**
 * Training programmes for cooperatives: programmes with their partners, the module catalogue, sessions with trainers,
 * the capacity diagnostic, invitations by filter with reminders, enrolment with a waiting list, attendance (by the
 * trainer or by QR self check-in), pre- and post-tests with learning gain, satisfaction, programme certificates with
 * public verification, the programme report. Other modules see only this root: the training record they read
 * ({@link ma.tiwizi.training.TrainingRecord}) and the events of invitations and reminders; everything else is in the
 * internal package.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "bizplan", "platform", "registry", "territory"})
package ma.tiwizi.training;
