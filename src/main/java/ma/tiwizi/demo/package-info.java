/**
 * Demo data for a first run: fictional cooperatives across the Taroudant communes and one account per role.
 */
package ma.tiwizi.demo;
