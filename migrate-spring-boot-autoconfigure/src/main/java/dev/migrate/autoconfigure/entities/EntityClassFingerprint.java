package dev.migrate.autoconfigure.entities;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A hash of what Hibernate's mapping of the entities is made of, computed without building the mapping: the bytes of
 * each managed class's class file, of its superclasses and of the application types its fields hold (enums,
 * embeddables, converters), plus the resolved Hibernate settings. Equal hashes mean the create script cannot differ,
 * so a dev start can trust an earlier in-sync result. JDK types ({@code java.*}) count by name only. Types the
 * entities reach only through annotations (a custom {@code @Type}, a converter named in {@code @Convert} that is not
 * a managed type) are not read: a change to one of them alone goes unnoticed until an entity changes too.
 */
final class EntityClassFingerprint {

    private EntityClassFingerprint() {
    }

    static String of(Collection<Class<?>> managed, ClassLoader classLoader, String settings) {
        TreeSet<String> types = new TreeSet<>();
        for (Class<?> type : managed) {
            collect(type, types);
        }
        MessageDigest digest = sha256();
        update(digest, "settings " + settings);
        for (String name : types) {
            update(digest, name);
            digest.update(classFile(name, classLoader));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The settings as text, in a stable order. */
    static String settings(String physical, String implicit, Map<String, Object> properties) {
        return "physical=" + physical + " implicit=" + implicit + " " + new TreeMap<>(properties);
    }

    private static void collect(Class<?> type, TreeSet<String> types) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (!types.add(current.getName())) {
                return;
            }
            for (Field field : current.getDeclaredFields()) {
                addFieldType(field.getGenericType(), types);
            }
        }
    }

    private static void addFieldType(Type type, TreeSet<String> types) {
        if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            if (!element.isPrimitive() && !element.getName().startsWith("java.")) {
                types.add(element.getName());
            }
        }
        else if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                addFieldType(argument, types);
            }
        }
    }

    private static byte[] classFile(String name, ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            return (in != null) ? in.readAllBytes() : new byte[0];
        }
        catch (IOException ex) {
            return ("unreadable " + ex.getMessage()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
        }
    }

}
