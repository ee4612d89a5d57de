/**
 * Demo data: fills an empty database with a believable Danish municipality (teams, caseworkers, providers,
 * children with their families, cases in every phase, deadlines and chronologies), deterministically from a
 * seed and relative to the clock. A bulk loader, so it writes the other modules' tables directly rather than
 * through their services: it publishes no events and writes no audit lines, because nobody acts on real data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demodata")
package dk.spor.demo;
