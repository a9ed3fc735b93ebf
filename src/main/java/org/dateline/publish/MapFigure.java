package org.dateline.publish;

import java.util.Locale;

/**
 * Where a place is, drawn without anything from elsewhere: a small world map in equirectangular projection (a graticule
 * every 30 degrees, the equator and the prime meridian) with the place marked, its coordinates, and a link to
 * OpenStreetMap for a closer look.
 */
final class MapFigure {
    private static final int W = 360;
    private static final int H = 180;

    private MapFigure() { }

    static String render(double lat, double lon, String name) {
        double x = lon + 180;
        double y = 90 - lat;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><svg class=\"map\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(name + " on a world map")).append("\">");
        for (int lo = 30; lo < W; lo += 30) {
            svg.append(line(lo, 0, lo, H, lo == 180 ? "#9ab" : "#cdd"));
        }
        for (int la = 30; la < H; la += 30) {
            svg.append(line(0, la, W, la, la == 90 ? "#9ab" : "#cdd"));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"9\" fill=\"#d33\" fill-opacity=\".25\"/>"
                + "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3\" fill=\"#d33\"/>", x, y, x, y));
        svg.append("</svg>");
        String coordinates = String.format(Locale.ROOT, "%.4f, %.4f", lat, lon);
        String osm = String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.4f&mlon=%.4f#map=7/%.4f/%.4f",
                lat, lon, lat, lon);
        svg.append("<figcaption>").append(Html.esc(name)).append(": latitude, longitude ").append(coordinates)
                .append(" (WGS84) · ").append(Html.link(osm, "on OpenStreetMap")).append("</figcaption></figure>\n");
        return svg.toString();
    }

    private static String line(int x1, int y1, int x2, int y2, String colour) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + colour
                + "\" stroke-width=\".6\"/>";
    }
}
