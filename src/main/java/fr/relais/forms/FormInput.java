package fr.relais.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings both input shapes to one: JSON arrives nested ({@code {"checks": [{"code": "A"}]}}), an HTML post
 * arrives flat ({@code checks[0].code=A}). Flat names are nested here; a name that is malformed or clashes
 * with another stays as it is and is later reported as an unknown field.
 */
final class FormInput {

  /** Highest list index accepted in a field name: a hostile {@code x[99999999]} must not allocate anything. */
  static final int MAX_INDEX = 499;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d{1,3})]");

  private FormInput() {}

  static Map<String, Object> nest(Map<String, ?> input) {
    if (input == null) {
      return new LinkedHashMap<>();
    }
    Branch root = new Branch();
    Map<String, Object> flat = new LinkedHashMap<>();
    input.forEach((key, value) -> {
      if (key != null && (key.indexOf('.') >= 0 || key.indexOf('[') >= 0)) {
        flat.put(key, value);
      } else {
        root.put(key, value);
      }
    });
    Map<String, Object> unplaced = new LinkedHashMap<>();
    flat.forEach((key, value) -> {
      List<Object> path = parse(key);
      if (path == null || !place(root, path, value)) {
        unplaced.put(key, value);
      }
    });
    Map<String, Object> nested = finish(root);
    nested.putAll(unplaced);
    return nested;
  }

  /** Segments of a flat name: strings for names, integers for list indexes; null when malformed. */
  private static List<Object> parse(String key) {
    int dot = key.indexOf('.');
    int bracket = key.indexOf('[');
    int first = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
    if (!NAME.matcher(key.substring(0, first)).matches()) {
      return null;
    }
    List<Object> path = new ArrayList<>();
    path.add(key.substring(0, first));
    Matcher segment = SEGMENT.matcher(key);
    for (int at = first; at < key.length(); at = segment.end()) {
      if (!segment.find(at) || segment.start() != at) {
        return null;
      }
      if (segment.group(1) != null) {
        path.add(segment.group(1));
      } else {
        int index = Integer.parseInt(segment.group(2));
        if (index > MAX_INDEX) {
          return null;
        }
        path.add(index);
      }
    }
    return path;
  }

  /** Puts the value at the path, creating containers; false if the path clashes with something already there. */
  private static boolean place(Branch root, List<Object> path, Object value) {
    Object container = root;
    for (int i = 0; i < path.size(); i++) {
      Object segment = path.get(i);
      boolean last = i == path.size() - 1;
      Map<Object, Object> map = switch (container) {
        case Branch branch when segment instanceof String -> branch.entries;
        case Indexed indexed when segment instanceof Integer -> indexed.entries;
        default -> null;
      };
      if (map == null || (last && map.containsKey(segment))) {
        return false;
      }
      if (last) {
        map.put(segment, value);
        return true;
      }
      Object next = path.get(i + 1);
      Object existing = map.get(segment);
      if (existing == null) {
        if (map.containsKey(segment)) {
          return false;
        }
        existing = next instanceof Integer ? new Indexed() : new Branch();
        map.put(segment, existing);
      } else if (!(next instanceof Integer ? existing instanceof Indexed : existing instanceof Branch)) {
        return false;
      }
      container = existing;
    }
    return false;
  }

  /** Turns the working containers into plain maps and lists; list items in index order, gaps closed. */
  private static Map<String, Object> finish(Branch branch) {
    Map<String, Object> map = new LinkedHashMap<>();
    branch.entries.forEach((key, value) -> map.put((String) key, finishValue(value)));
    return map;
  }

  private static Object finishValue(Object value) {
    return switch (value) {
      case Branch branch -> finish(branch);
      case Indexed indexed -> {
        List<Object> list = new ArrayList<>();
        indexed.entries.values().forEach(item -> list.add(finishValue(item)));
        yield list;
      }
      case null, default -> value;
    };
  }

  /** A map being built from flat names; only these (never a map that came in as JSON) receive flat entries. */
  private static final class Branch {
    final Map<Object, Object> entries = new LinkedHashMap<>();

    void put(String key, Object value) {
      entries.put(key, value);
    }
  }

  private static final class Indexed {
    final Map<Object, Object> entries = new TreeMap<>();
  }
}
