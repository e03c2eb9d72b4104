/**
 * Training programmes for cooperatives: programmes with their partners, the module catalogue, sessions with trainers,
 * the capacity diagnostic (and, to come, invitations, enrolment, attendance, learning gain and certificates).
 */
package ma.tiwizi.training;
