/**
 * Organisation: teams, providers (udførere), users and their roles, login and who may see what.
 * The access scope defined here is what every module uses to filter a child's data at query level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package dk.spor.organisation;
