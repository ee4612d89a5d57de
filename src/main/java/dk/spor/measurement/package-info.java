/**
 * Measurements of the child's progression from every perspective (Trivselslinealen, FIT ORS/SRS, Signs of Safety
 * scale, goal attainment), with the instruments as versioned data, the progression view and its alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progression og målinger")
package dk.spor.measurement;
