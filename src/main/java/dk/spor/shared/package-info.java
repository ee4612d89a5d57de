/** Shared kernel: small value types that every module may use (CPR number, paging). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.spor.shared;
