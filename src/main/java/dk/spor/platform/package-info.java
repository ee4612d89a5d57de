/**
 * Technical foundation shared by all modules: the database (embedded PostgreSQL by default), the clock,
 * web and security configuration. Holds no domain rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.spor.platform;
