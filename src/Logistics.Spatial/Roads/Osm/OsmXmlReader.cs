using System.Globalization;
using System.Xml;
using Logistics.Core.Errors;
using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>
/// Streaming reader for OpenStreetMap XML (<c>.osm</c>, API 0.6): <c>node</c> (id, lat, lon), <c>way</c> (<c>nd ref</c>,
/// <c>tag k v</c>), <c>relation</c> (<c>member type ref role</c>, <c>tag k v</c>) and <c>bounds</c>. Deleted elements (<c>visible="false"</c>, <c>action="delete"</c>) are skipped.
/// </summary>
public static class OsmXmlReader
{
    /// <exception cref="DataValidationException">The XML is malformed or an element lacks id/lat/lon; the error gives the line.</exception>
    public static OsmHeader Read(Stream stream, IOsmHandler handler, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(handler);
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };
        using var xml = XmlReader.Create(stream, settings);
        var lineInfo = xml as IXmlLineInfo;
        string? generator = null;
        GeoPoint? min = null, max = null;
        var refs = new List<long>();
        var members = new List<OsmMember>();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if ((++count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (xml.Name)
                {
                    case "osm":
                        generator = xml.GetAttribute("generator");
                        break;
                    case "bounds":
                        min = new GeoPoint(Number(xml, "minlon", fileName, lineInfo), Number(xml, "minlat", fileName, lineInfo));
                        max = new GeoPoint(Number(xml, "maxlon", fileName, lineInfo), Number(xml, "maxlat", fileName, lineInfo));
                        break;
                    case "node":
                        {
                            var deleted = IsDeleted(xml);
                            var id = Id(xml, fileName, lineInfo);
                            var point = new GeoPoint(Number(xml, "lon", fileName, lineInfo), Number(xml, "lat", fileName, lineInfo));
                            if (!deleted)
                            {
                                handler.OnNode(id, point);
                            }

                            break;
                        }

                    case "way":
                        {
                            var deleted = IsDeleted(xml);
                            var id = Id(xml, fileName, lineInfo);
                            refs.Clear();
                            tags.Clear();
                            ReadChildren(xml, tags, "nd", () => refs.Add(Long(xml, "ref", fileName, lineInfo)));

                            if (!deleted)
                            {
                                handler.OnWay(id, refs, tags);
                            }

                            break;
                        }

                    case "relation":
                        {
                            var deleted = IsDeleted(xml);
                            var id = Id(xml, fileName, lineInfo);
                            members.Clear();
                            tags.Clear();
                            ReadChildren(xml, tags, "member", () => members.Add(Member(xml, fileName, lineInfo)));

                            if (!deleted)
                            {
                                handler.OnRelation(id, members, tags);
                            }

                            break;
                        }

                    default:
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DataValidationException([new DataError("osm.xml.malformed", ex.Message, File: fileName, Row: ex.LineNumber)]);
        }

        return new OsmHeader(generator, min, max, null, []);
    }

    /// <summary>Opens and reads a file.</summary>
    public static OsmHeader Read(string path, IOsmHandler handler, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, handler, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>
    /// Reads the child elements of the current way or relation: <c>tag</c> into <paramref name="tags"/>, each
    /// <paramref name="child"/> element to <paramref name="onChild"/> (with the reader on it); others are skipped.
    /// </summary>
    private static void ReadChildren(XmlReader xml, Dictionary<string, string> tags, string child, Action onChild)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.Name == child)
            {
                onChild();
            }
            else if (xml.Name == "tag")
            {
                tags[xml.GetAttribute("k") ?? string.Empty] = xml.GetAttribute("v") ?? string.Empty;
            }
        }
    }

    private static bool IsDeleted(XmlReader xml) =>
        xml.GetAttribute("visible") == "false" || xml.GetAttribute("action") == "delete";

    private static long Id(XmlReader xml, string? fileName, IXmlLineInfo? lineInfo) => Long(xml, "id", fileName, lineInfo);

    private static long Long(XmlReader xml, string attribute, string? fileName, IXmlLineInfo? lineInfo)
    {
        var text = xml.GetAttribute(attribute);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(xml, attribute, text, fileName, lineInfo);
    }

    private static OsmMember Member(XmlReader xml, string? fileName, IXmlLineInfo? lineInfo)
    {
        var typeText = xml.GetAttribute("type");
        OsmMemberType type = typeText switch
        {
            "node" => OsmMemberType.Node,
            "way" => OsmMemberType.Way,
            "relation" => OsmMemberType.Relation,
            _ => throw new DataValidationException([new DataError(
                "osm.xml.bad-attribute",
                "<member> needs type=\"node\", \"way\" or \"relation\".",
                File: fileName,
                Row: lineInfo?.HasLineInfo() == true ? lineInfo.LineNumber : null,
                Column: "type",
                Value: typeText,
                Entity: "member")]),
        };
        return new OsmMember(type, Long(xml, "ref", fileName, lineInfo), xml.GetAttribute("role") ?? string.Empty);
    }

    private static double Number(XmlReader xml, string attribute, string? fileName, IXmlLineInfo? lineInfo)
    {
        var text = xml.GetAttribute(attribute);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Bad(xml, attribute, text, fileName, lineInfo);
    }

    private static DataValidationException Bad(XmlReader xml, string attribute, string? text, string? fileName, IXmlLineInfo? lineInfo) =>
        new([new DataError(
            "osm.xml.bad-attribute",
            $"<{xml.Name}> needs a numeric '{attribute}' attribute.",
            File: fileName,
            Row: lineInfo?.HasLineInfo() == true ? lineInfo.LineNumber : null,
            Column: attribute,
            Value: text,
            Entity: xml.Name)]);
}
