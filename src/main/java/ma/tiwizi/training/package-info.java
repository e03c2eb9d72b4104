/**
 * Training programmes for cooperatives: programmes with their partners, the module catalogue, sessions with trainers,
 * the capacity diagnostic, invitations by filter and enrolment with a waiting list (and, to come, attendance, learning gain and certificates).
 */
package ma.tiwizi.training;
