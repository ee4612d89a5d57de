package dk.spor.demo;

/** How many rows the demo data generator wrote. */
record DemoCounts(long children, long persons, long cases, long chronologyEntries, long deadlines,
        long concernReports, long investigations, long decisions) {
}
