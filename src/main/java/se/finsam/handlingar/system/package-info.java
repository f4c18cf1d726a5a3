/**
 * Settings, errors as application/problem+json, request limits, start-up banner. Used by every module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.finsam.handlingar.system;
