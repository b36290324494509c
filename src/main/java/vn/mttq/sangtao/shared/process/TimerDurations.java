package vn.mttq.sangtao.shared.process;

/**
 * The engine works out each cycle timer's next moment (a report's reminders) with a new {@code javax.xml} datatype
 * factory, and {@code DatatypeFactory.newInstance()} looks for a provider across the whole class path each time (an
 * entry look-up in every jar): about a tenth of a node's CPU time in a storm of reminders. Naming the JDK's own
 * factory, the one that look-up ends with (no jar of ours provides another), makes it a class look-up.
 */
public final class TimerDurations {

  static final String FACTORY_PROPERTY = "javax.xml.datatype.DatatypeFactory";
  static final String JDK_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

  private TimerDurations() {
  }

  /** Names the JDK's datatype factory, unless the JVM was started with one named. */
  public static void useJdkDatatypeFactory() {
    if (System.getProperty(FACTORY_PROPERTY) == null) {
      System.setProperty(FACTORY_PROPERTY, JDK_FACTORY);
    }
  }
}
