using BudgetSiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads YAML into a <see cref="DataNode"/> tree through YamlDotNet's event parser, which keeps the
/// offset of every node. Scalars stay text: YAML's own typing (1.10 as a binary fraction) is never used.
/// Positions are computed from offsets by <see cref="SourceText"/>, as an editor shows them.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 64;

    public static DataNode? Read(SourceText source, DiagnosticSink sink)
    {
        if (YamlCharacters.FirstRefused(source.Text) is { } refused)
        {
            var (line, column) = source.PositionOf(refused.Offset);
            sink.Error(DiagnosticCodes.MalformedYaml, line, column, $"this is not valid YAML: {refused.Reason}", refused.Expected);
            return null;
        }

        var scanner = new Scanner(new StringReader(YamlCharacters.WithLineFeeds(source.Text)));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, sink, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                var (line, column) = source.PositionOf(second.Start.Index);
                sink.Error(DiagnosticCodes.MultipleDocuments, line, column,
                    "the file holds more than one YAML document ('---').",
                    "one department-year per file");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var at = ex.Start.Equals(Mark.Empty) ? scanner.CurrentPosition : ex.Start;
            Malformed(source, sink, at, Describe(ex));
            return null;
        }
        catch (Exception)
        {
            // YamlDotNet fails on some malformed input with exceptions other than its own ("x: [a\nb]" throws
            // InvalidOperationException from its scanner). Whatever it throws, the input is at fault and the
            // scanner's position is where it stopped.
            Malformed(source, sink, scanner.CurrentPosition, "the parser cannot read on from here");
            return null;
        }
    }

    private static void Malformed(SourceText source, DiagnosticSink sink, Mark at, string reason)
    {
        var (line, column) = source.PositionOf(at.Index);
        sink.Error(DiagnosticCodes.MalformedYaml, line, column, $"this is not valid YAML: {reason}",
            "well-formed YAML (check indentation, colons after keys, and closing quotes and brackets)");
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.');
    }

    private static DataNode ReadNode(IParser parser, SourceText source, DiagnosticSink sink, int depth)
    {
        if (depth > MaxDepth)
        {
            var here = parser.Current!;
            throw new YamlException(here.Start, here.End, $"nesting deeper than {MaxDepth} levels");
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            RejectAnchor(scalar.Anchor, scalar.Start, source, sink);
            var (line, column) = source.PositionOf(scalar.Start.Index);
            return new ScalarNode(line, column, scalar.Value, scalar.Style != ScalarStyle.Plain);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            RejectAnchor(sequenceStart.Anchor, sequenceStart.Start, source, sink);
            var items = new List<DataNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, source, sink, depth + 1));
            }

            var (line, column) = source.PositionOf(sequenceStart.Start.Index);
            return new SequenceNode(line, column, items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            RejectAnchor(mappingStart.Anchor, mappingStart.Start, source, sink);
            var entries = new List<MappingEntry>();
            var seen = new KeySet();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, source, sink, depth + 1);
                var value = ReadNode(parser, source, sink, depth + 1);
                if (keyNode is not ScalarNode key)
                {
                    sink.Error(DiagnosticCodes.WrongShape, keyNode.Line, keyNode.Column,
                        $"a key must be a plain name, found {keyNode.Describe()}.", "a field name such as 'title'");
                    continue;
                }

                if (!seen.Add(key.Text))
                {
                    sink.Error(DiagnosticCodes.DuplicateKey, key.Line, key.Column,
                        $"the field '{key.Text}' appears twice in the same mapping.", "each field once");
                    continue;
                }

                entries.Add(new MappingEntry(key, value));
            }

            var (line, column) = source.PositionOf(mappingStart.Start.Index);
            return new MappingNode(line, column, entries);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            var (line, column) = source.PositionOf(alias.Start.Index);
            sink.Error(DiagnosticCodes.UnsupportedYamlFeature, line, column,
                $"aliases (*{alias.Value}) are not supported.", "the value written out in full");
            return new ScalarNode(line, column, "", false);
        }

        var unexpected = parser.Current!;
        throw new YamlException(unexpected.Start, unexpected.End, $"unexpected {unexpected.GetType().Name}");
    }

    private static void RejectAnchor(AnchorName anchor, Mark start, SourceText source, DiagnosticSink sink)
    {
        if (!anchor.IsEmpty)
        {
            var (line, column) = source.PositionOf(start.Index);
            sink.Error(DiagnosticCodes.UnsupportedYamlFeature, line, column,
                $"anchors (&{anchor.Value}) are not supported.", "the value written out in full");
        }
    }
}
