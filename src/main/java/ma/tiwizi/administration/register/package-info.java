/**
 * The member register (art. 17) and the capital its lines subscribe: the service other modules may call to read a
 * register or, for the demo, to write the founders of a cooperative.
 */
@org.springframework.modulith.NamedInterface("register")
package ma.tiwizi.administration.register;
