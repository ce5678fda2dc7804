using System.Text;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Web.Cli;

/// <summary>
/// What the verbs print passes through here: names, answers and labels come from roster files and
/// survey answers, and a control character among them (an escape sequence, a carriage return, a
/// right-to-left override) would let that text recolour, rewrite or hide what the terminal shows.
/// They are dropped; line breaks and tabs stay.
/// </summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public static bool IsShown(char c) => c is '\n' or '\t' || TextRules.IsPlain(c);

    public override void Write(char value)
    {
        if (IsShown(value))
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(value.All(IsShown) ? value : string.Concat(value.Where(IsShown)));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write(inner.NewLine);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
