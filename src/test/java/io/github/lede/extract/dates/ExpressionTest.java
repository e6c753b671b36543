package io.github.lede.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** {@link Expression#clear} empties every field: one added without its reset fails here. */
class ExpressionTest {
  @Test
  void clearEmptiesEveryField() throws ReflectiveOperationException {
    Expression e = new Expression();
    Expression fresh = new Expression();
    int fields = 0;
    for (Field f : Expression.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      fields++;
      f.set(e, somethingElse(f.getType(), f.get(fresh)));
      assertNotEquals(f.get(fresh), f.get(e), f.getName());
    }
    e.clear();
    for (Field f : Expression.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        assertEquals(f.get(fresh), f.get(e), f.getName() + " is not reset by clear()");
      }
    }
    assertEquals(true, fields > 20);
  }

  /** A value of the type that differs from {@code empty}. */
  private static Object somethingElse(Class<?> type, Object empty) {
    if (type == int.class) {
      return (Integer) empty == 7 ? 8 : 7;
    }
    if (type == boolean.class) {
      return !(Boolean) empty;
    }
    if (type == String.class) {
      return "x".equals(empty) ? "y" : "x";
    }
    if (type.isEnum()) {
      Object[] values = type.getEnumConstants();
      return values[0] == empty ? values[1] : values[0];
    }
    throw new AssertionError("no test value for " + type);
  }
}
