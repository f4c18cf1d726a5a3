package se.finsam.handlingar.archive;

/**
 * A finished archive package.
 *
 * @param name the package id, also the ZIP's root folder and file name (without ".zip")
 * @param sha256 of the ZIP bytes; the same content always gives the same bytes
 */
public record ArchivePackage(String name, byte[] zip, String sha256) {
}
