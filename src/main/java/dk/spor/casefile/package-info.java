/**
 * The case (sag): which team owns it, who the caseworker is, where it stands in the course of barnets lov,
 * and its chronology. Also decides whether a user may see a child's data (access follows the case).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sag")
package dk.spor.casefile;
