/**
 * Reference data of Morocco's territorial organisation: regions, provinces, cercles, caidats and communes.
 */
package ma.tiwizi.territory;
