/**
 * People: the child, parents and custody holders, and the network around the child (barnets lov § 4 on the
 * child's perspective; relations feed the genogram).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personer")
package dk.spor.people;
