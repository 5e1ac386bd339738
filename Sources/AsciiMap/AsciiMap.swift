/// AsciiMap draws choropleth maps as grids of terminal cells: projection,
/// polygon rasterisation, classification, palettes, legend and hit-testing.
/// It knows neither curses nor SQLite: values and polygons in, cells out.
public enum AsciiMap {}
