using BudgetSiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetSiteGen.Loading;

/// <summary>
/// Reads YAML into a <see cref="DataNode"/> tree through YamlDotNet's event parser, which keeps the
/// line and column of every node. Scalars stay text: YAML's own typing (1.10 as a binary fraction) is never used.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 64;

    public static DataNode? Read(string text, DiagnosticSink sink)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, sink, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                sink.Error(DiagnosticCodes.MultipleDocuments, (int)second.Start.Line, (int)second.Start.Column,
                    "the file holds more than one YAML document ('---').",
                    "one department-year per file");
            }

            return root;
        }
        catch (YamlException ex)
        {
            sink.Error(DiagnosticCodes.MalformedYaml, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column),
                $"this is not valid YAML: {Describe(ex)}",
                "well-formed YAML (check indentation, colons after keys, and closing quotes and brackets)");
            return null;
        }
    }

    private static DataNode ReadNode(IParser parser, DiagnosticSink sink, int depth)
    {
        if (depth > MaxDepth)
        {
            var here = parser.Current!;
            throw new YamlException(here.Start, here.End, $"nesting deeper than {MaxDepth} levels");
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            RejectAnchor(scalar.Anchor, scalar.Start, sink);
            return new ScalarNode((int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, scalar.Style != ScalarStyle.Plain);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            RejectAnchor(sequenceStart.Anchor, sequenceStart.Start, sink);
            var items = new List<DataNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, sink, depth + 1));
            }

            return new SequenceNode((int)sequenceStart.Start.Line, (int)sequenceStart.Start.Column, items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            RejectAnchor(mappingStart.Anchor, mappingStart.Start, sink);
            var entries = new List<MappingEntry>();
            var seen = new KeySet();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, sink, depth + 1);
                var value = ReadNode(parser, sink, depth + 1);
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

            return new MappingNode((int)mappingStart.Start.Line, (int)mappingStart.Start.Column, entries);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            sink.Error(DiagnosticCodes.UnsupportedYamlFeature, (int)alias.Start.Line, (int)alias.Start.Column,
                $"aliases (*{alias.Value}) are not supported.", "the value written out in full");
            return new ScalarNode((int)alias.Start.Line, (int)alias.Start.Column, "", false);
        }

        var unexpected = parser.Current!;
        throw new YamlException(unexpected.Start, unexpected.End, $"unexpected {unexpected.GetType().Name}");
    }

    private static void RejectAnchor(AnchorName anchor, Mark start, DiagnosticSink sink)
    {
        if (!anchor.IsEmpty)
        {
            sink.Error(DiagnosticCodes.UnsupportedYamlFeature, (int)start.Line, (int)start.Column,
                $"anchors (&{anchor.Value}) are not supported.", "the value written out in full");
        }
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
}
