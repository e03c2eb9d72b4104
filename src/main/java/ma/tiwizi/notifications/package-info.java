/**
 * Messages to people when something happens in another module: e-mail now, SMS later. Listens to events after they
 * are committed; Spring Modulith's publication registry keeps each one until it is handled.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "administration", "funding", "market", "platform", "registry", "training"})
package ma.tiwizi.notifications;
