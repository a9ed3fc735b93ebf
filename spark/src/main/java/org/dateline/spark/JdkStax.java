package org.dateline.spark;

/**
 * Makes the JDK's StAX parser the JVM's default. Hadoop's client jar registers its shaded Woodstox as the StAX
 * factory, which refuses a security property Jena sets on every XML parser it makes (Jena then logs an error at each
 * start); Hadoop itself makes its Woodstox parsers directly, so it is not affected. Called on the driver and on each
 * executor before Jena starts; a factory chosen with {@code -Djavax.xml.stream.XMLInputFactory} is kept.
 */
final class JdkStax {
    static final String PROPERTY = "javax.xml.stream.XMLInputFactory";
    static final String JDK_FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    private JdkStax() { }

    static void use() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, JDK_FACTORY);
        }
    }
}
