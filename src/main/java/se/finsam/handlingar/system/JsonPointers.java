package se.finsam.handlingar.system;

import java.util.List;

import tools.jackson.databind.DatabindException;

/**
 * Builds RFC 6901 JSON pointers.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String child(String parent, String property) {
        return parent + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    static String of(List<DatabindException.Reference> path) {
        String pointer = "";
        for (DatabindException.Reference ref : path) {
            pointer = ref.getPropertyName() != null ? child(pointer, ref.getPropertyName()) : child(pointer, ref.getIndex());
        }
        return pointer;
    }
}
