/**
 * What every module stands on: security, locale and layout, error handling, the signed-in user and the audit event.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ma.tiwizi.platform;
