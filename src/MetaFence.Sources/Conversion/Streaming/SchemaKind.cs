namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>What a JSON value must be for the client's deserializer (with ModelReader's converters) to accept it.</summary>
internal enum SchemaKind
{
    /// <summary>A model class: a map of known fields, unknown ones ignored.</summary>
    Object,

    /// <summary>A list of one element schema.</summary>
    List,

    /// <summary>A map of string keys to one value schema.</summary>
    Map,

    /// <summary>Any JSON value (<c>object</c>-typed fields such as <c>fieldsV1</c>).</summary>
    Any,
    String,
    Boolean,
    Int32,
    Int64,

    /// <summary>An RFC 3339 time, read as <see cref="TimeConverter"/> reads it.</summary>
    Time,

    /// <summary>A whole number or a string.</summary>
    IntOrString,

    /// <summary>A resource quantity, as <see cref="QuantityConverter"/> reads it.</summary>
    Quantity,

    /// <summary>A type the streamed reader does not check: an object holding one is read through the models.</summary>
    Unsupported,
}
