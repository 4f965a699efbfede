/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.shoal = (function() {

    /**
     * Namespace shoal.
     * @exports shoal
     * @namespace
     */
    var shoal = {};

    shoal.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof shoal
         * @namespace
         */
        var v1 = {};

        v1.Meta = (function() {

            /**
             * Properties of a Meta.
             * @typedef {Object} shoal.v1.Meta.$Properties
             * @property {string|null} [id] Meta id
             * @property {number|null} [version] Meta version
             * @property {number|null} [createdAt] Meta createdAt
             * @property {number|null} [updatedAt] Meta updatedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Meta.
             * @memberof shoal.v1
             * @interface IMeta
             * @augments shoal.v1.Meta.$Properties
             * @deprecated Use shoal.v1.Meta.$Properties instead.
             */

            /**
             * Shape of a Meta.
             * @typedef {shoal.v1.Meta.$Properties} shoal.v1.Meta.$Shape
             */

            /**
             * Constructs a new Meta.
             * @memberof shoal.v1
             * @classdesc Represents a Meta.
             * @constructor
             * @param {shoal.v1.Meta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Meta = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Meta id.
             * @member {string} id
             * @memberof shoal.v1.Meta
             * @instance
             */
            Meta.prototype.id = "";

            /**
             * Meta version.
             * @member {number} version
             * @memberof shoal.v1.Meta
             * @instance
             */
            Meta.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Meta createdAt.
             * @member {number} createdAt
             * @memberof shoal.v1.Meta
             * @instance
             */
            Meta.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Meta updatedAt.
             * @member {number} updatedAt
             * @memberof shoal.v1.Meta
             * @instance
             */
            Meta.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Meta instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Meta
             * @static
             * @param {shoal.v1.Meta.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Meta} Meta instance
             * @type {{
             *   (properties: shoal.v1.Meta.$Shape): shoal.v1.Meta & shoal.v1.Meta.$Shape;
             *   (properties?: shoal.v1.Meta.$Properties): shoal.v1.Meta;
             * }}
             */
            Meta.create = function(properties) {
                return new Meta(properties);
            };

            /**
             * Encodes the specified Meta message. Does not implicitly {@link shoal.v1.Meta.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Meta
             * @static
             * @param {shoal.v1.Meta.$Properties} message Meta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Meta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.updatedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Meta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Meta & shoal.v1.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Meta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Meta();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Meta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Meta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Meta} Meta
             */
            Meta.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Meta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Meta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Meta();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.updatedAt != null)
                    if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                        if ($util.Long)
                            message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                        else if (typeof object.updatedAt === "string")
                            message.updatedAt = $parseInt(object.updatedAt, 10);
                        else if (typeof object.updatedAt === "number")
                            message.updatedAt = object.updatedAt;
                        else if (typeof object.updatedAt === "object")
                            message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Meta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Meta
             * @static
             * @param {shoal.v1.Meta} message Meta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Meta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAt === "number")
                        object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                    else
                        object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                return object;
            };

            /**
             * Converts this Meta to JSON.
             * @function toJSON
             * @memberof shoal.v1.Meta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Meta.prototype.toJSON = function() {
                return Meta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Meta
             * @function getTypeUrl
             * @memberof shoal.v1.Meta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Meta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Meta";
            };

            return Meta;
        })();

        v1.Annotations = (function() {

            /**
             * Properties of an Annotations.
             * @typedef {Object} shoal.v1.Annotations.$Properties
             * @property {string|null} [name] Annotations name
             * @property {Object.<string,string>|null} [labels] Annotations labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Annotations.
             * @memberof shoal.v1
             * @interface IAnnotations
             * @augments shoal.v1.Annotations.$Properties
             * @deprecated Use shoal.v1.Annotations.$Properties instead.
             */

            /**
             * Shape of an Annotations.
             * @typedef {shoal.v1.Annotations.$Properties} shoal.v1.Annotations.$Shape
             */

            /**
             * Constructs a new Annotations.
             * @memberof shoal.v1
             * @classdesc Represents an Annotations.
             * @constructor
             * @param {shoal.v1.Annotations.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Annotations = function (properties) {
                this.labels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Annotations name.
             * @member {string} name
             * @memberof shoal.v1.Annotations
             * @instance
             */
            Annotations.prototype.name = "";

            /**
             * Annotations labels.
             * @member {Object.<string,string>} labels
             * @memberof shoal.v1.Annotations
             * @instance
             */
            Annotations.prototype.labels = $util.emptyObject;

            /**
             * Creates a new Annotations instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Annotations
             * @static
             * @param {shoal.v1.Annotations.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Annotations} Annotations instance
             * @type {{
             *   (properties: shoal.v1.Annotations.$Shape): shoal.v1.Annotations & shoal.v1.Annotations.$Shape;
             *   (properties?: shoal.v1.Annotations.$Properties): shoal.v1.Annotations;
             * }}
             */
            Annotations.create = function(properties) {
                return new Annotations(properties);
            };

            /**
             * Encodes the specified Annotations message. Does not implicitly {@link shoal.v1.Annotations.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Annotations
             * @static
             * @param {shoal.v1.Annotations.$Properties} message Annotations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Annotations.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Annotations message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Annotations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Annotations & shoal.v1.Annotations.$Shape} Annotations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Annotations.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Annotations();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Annotations message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Annotations
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Annotations} Annotations
             */
            Annotations.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Annotations)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Annotations: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Annotations();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".shoal.v1.Annotations.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Annotations message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Annotations
             * @static
             * @param {shoal.v1.Annotations} message Annotations
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Annotations.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                var keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Annotations to JSON.
             * @function toJSON
             * @memberof shoal.v1.Annotations
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Annotations.prototype.toJSON = function() {
                return Annotations.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Annotations
             * @function getTypeUrl
             * @memberof shoal.v1.Annotations
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Annotations.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Annotations";
            };

            return Annotations;
        })();

        v1.NodeSpec = (function() {

            /**
             * Properties of a NodeSpec.
             * @typedef {Object} shoal.v1.NodeSpec.$Properties
             * @property {shoal.v1.Annotations.$Properties|null} [annotations] NodeSpec annotations
             * @property {string|null} [role] NodeSpec role
             * @property {string|null} [availability] NodeSpec availability
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeSpec.
             * @memberof shoal.v1
             * @interface INodeSpec
             * @augments shoal.v1.NodeSpec.$Properties
             * @deprecated Use shoal.v1.NodeSpec.$Properties instead.
             */

            /**
             * Shape of a NodeSpec.
             * @typedef {shoal.v1.NodeSpec.$Properties} shoal.v1.NodeSpec.$Shape
             */

            /**
             * Constructs a new NodeSpec.
             * @memberof shoal.v1
             * @classdesc Represents a NodeSpec.
             * @constructor
             * @param {shoal.v1.NodeSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeSpec = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeSpec annotations.
             * @member {shoal.v1.Annotations.$Properties|null|undefined} annotations
             * @memberof shoal.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.annotations = null;

            /**
             * NodeSpec role.
             * @member {string} role
             * @memberof shoal.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.role = "";

            /**
             * NodeSpec availability.
             * @member {string} availability
             * @memberof shoal.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.availability = "";

            /**
             * Creates a new NodeSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {shoal.v1.NodeSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.NodeSpec} NodeSpec instance
             * @type {{
             *   (properties: shoal.v1.NodeSpec.$Shape): shoal.v1.NodeSpec & shoal.v1.NodeSpec.$Shape;
             *   (properties?: shoal.v1.NodeSpec.$Properties): shoal.v1.NodeSpec;
             * }}
             */
            NodeSpec.create = function(properties) {
                return new NodeSpec(properties);
            };

            /**
             * Encodes the specified NodeSpec message. Does not implicitly {@link shoal.v1.NodeSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {shoal.v1.NodeSpec.$Properties} message NodeSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    $root.shoal.v1.Annotations.encode(message.annotations, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.availability != null && $Object.hasOwnProperty.call(message, "availability") && message.availability !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.availability);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.NodeSpec & shoal.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.NodeSpec();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.annotations = $root.shoal.v1.Annotations.decode(reader, reader.size(), $undefined, _depth + 1, message.annotations);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.availability = value;
                            else
                                delete message.availability;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NodeSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.NodeSpec} NodeSpec
             */
            NodeSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.NodeSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.NodeSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.NodeSpec();
                if (object.annotations != null) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".shoal.v1.NodeSpec.annotations: object expected");
                    message.annotations = $root.shoal.v1.Annotations.fromObject(object.annotations, _depth + 1);
                }
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.availability != null)
                    if (typeof object.availability !== "string" || object.availability.length)
                        message.availability = $String(object.availability);
                return message;
            };

            /**
             * Creates a plain object from a NodeSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {shoal.v1.NodeSpec} message NodeSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.annotations = null;
                    object.role = "";
                    object.availability = "";
                }
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    object.annotations = $root.shoal.v1.Annotations.toObject(message.annotations, options, _depth + 1);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.availability != null && $Object.hasOwnProperty.call(message, "availability"))
                    object.availability = message.availability;
                return object;
            };

            /**
             * Converts this NodeSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.NodeSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeSpec.prototype.toJSON = function() {
                return NodeSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeSpec
             * @function getTypeUrl
             * @memberof shoal.v1.NodeSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.NodeSpec";
            };

            return NodeSpec;
        })();

        v1.Platform = (function() {

            /**
             * Properties of a Platform.
             * @typedef {Object} shoal.v1.Platform.$Properties
             * @property {string|null} [os] Platform os
             * @property {string|null} [architecture] Platform architecture
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Platform.
             * @memberof shoal.v1
             * @interface IPlatform
             * @augments shoal.v1.Platform.$Properties
             * @deprecated Use shoal.v1.Platform.$Properties instead.
             */

            /**
             * Shape of a Platform.
             * @typedef {shoal.v1.Platform.$Properties} shoal.v1.Platform.$Shape
             */

            /**
             * Constructs a new Platform.
             * @memberof shoal.v1
             * @classdesc Represents a Platform.
             * @constructor
             * @param {shoal.v1.Platform.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Platform = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Platform os.
             * @member {string} os
             * @memberof shoal.v1.Platform
             * @instance
             */
            Platform.prototype.os = "";

            /**
             * Platform architecture.
             * @member {string} architecture
             * @memberof shoal.v1.Platform
             * @instance
             */
            Platform.prototype.architecture = "";

            /**
             * Creates a new Platform instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Platform
             * @static
             * @param {shoal.v1.Platform.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Platform} Platform instance
             * @type {{
             *   (properties: shoal.v1.Platform.$Shape): shoal.v1.Platform & shoal.v1.Platform.$Shape;
             *   (properties?: shoal.v1.Platform.$Properties): shoal.v1.Platform;
             * }}
             */
            Platform.create = function(properties) {
                return new Platform(properties);
            };

            /**
             * Encodes the specified Platform message. Does not implicitly {@link shoal.v1.Platform.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Platform
             * @static
             * @param {shoal.v1.Platform.$Properties} message Platform message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Platform.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.os);
                if (message.architecture != null && $Object.hasOwnProperty.call(message, "architecture") && message.architecture !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.architecture);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Platform message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Platform
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Platform & shoal.v1.Platform.$Shape} Platform
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Platform.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Platform();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.architecture = value;
                            else
                                delete message.architecture;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Platform message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Platform
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Platform} Platform
             */
            Platform.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Platform)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Platform: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Platform();
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                if (object.architecture != null)
                    if (typeof object.architecture !== "string" || object.architecture.length)
                        message.architecture = $String(object.architecture);
                return message;
            };

            /**
             * Creates a plain object from a Platform message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Platform
             * @static
             * @param {shoal.v1.Platform} message Platform
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Platform.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.os = "";
                    object.architecture = "";
                }
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                if (message.architecture != null && $Object.hasOwnProperty.call(message, "architecture"))
                    object.architecture = message.architecture;
                return object;
            };

            /**
             * Converts this Platform to JSON.
             * @function toJSON
             * @memberof shoal.v1.Platform
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Platform.prototype.toJSON = function() {
                return Platform.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Platform
             * @function getTypeUrl
             * @memberof shoal.v1.Platform
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Platform.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Platform";
            };

            return Platform;
        })();

        v1.NodeDescription = (function() {

            /**
             * Properties of a NodeDescription.
             * @typedef {Object} shoal.v1.NodeDescription.$Properties
             * @property {string|null} [hostname] NodeDescription hostname
             * @property {shoal.v1.Platform.$Properties|null} [platform] NodeDescription platform
             * @property {number|null} [nanoCpus] NodeDescription nanoCpus
             * @property {number|null} [memoryBytes] NodeDescription memoryBytes
             * @property {string|null} [engineVersion] NodeDescription engineVersion
             * @property {Array.<string>|null} [runtimes] NodeDescription runtimes
             * @property {Object.<string,string>|null} [engineLabels] NodeDescription engineLabels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeDescription.
             * @memberof shoal.v1
             * @interface INodeDescription
             * @augments shoal.v1.NodeDescription.$Properties
             * @deprecated Use shoal.v1.NodeDescription.$Properties instead.
             */

            /**
             * Shape of a NodeDescription.
             * @typedef {shoal.v1.NodeDescription.$Properties} shoal.v1.NodeDescription.$Shape
             */

            /**
             * Constructs a new NodeDescription.
             * @memberof shoal.v1
             * @classdesc Represents a NodeDescription.
             * @constructor
             * @param {shoal.v1.NodeDescription.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeDescription = function (properties) {
                this.runtimes = [];
                this.engineLabels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeDescription hostname.
             * @member {string} hostname
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.hostname = "";

            /**
             * NodeDescription platform.
             * @member {shoal.v1.Platform.$Properties|null|undefined} platform
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.platform = null;

            /**
             * NodeDescription nanoCpus.
             * @member {number} nanoCpus
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.nanoCpus = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeDescription memoryBytes.
             * @member {number} memoryBytes
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeDescription engineVersion.
             * @member {string} engineVersion
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.engineVersion = "";

            /**
             * NodeDescription runtimes.
             * @member {Array.<string>} runtimes
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.runtimes = $util.emptyArray;

            /**
             * NodeDescription engineLabels.
             * @member {Object.<string,string>} engineLabels
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.engineLabels = $util.emptyObject;

            /**
             * Creates a new NodeDescription instance using the specified properties.
             * @function create
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {shoal.v1.NodeDescription.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.NodeDescription} NodeDescription instance
             * @type {{
             *   (properties: shoal.v1.NodeDescription.$Shape): shoal.v1.NodeDescription & shoal.v1.NodeDescription.$Shape;
             *   (properties?: shoal.v1.NodeDescription.$Properties): shoal.v1.NodeDescription;
             * }}
             */
            NodeDescription.create = function(properties) {
                return new NodeDescription(properties);
            };

            /**
             * Encodes the specified NodeDescription message. Does not implicitly {@link shoal.v1.NodeDescription.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {shoal.v1.NodeDescription.$Properties} message NodeDescription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeDescription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    $root.shoal.v1.Platform.encode(message.platform, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.nanoCpus != null && $Object.hasOwnProperty.call(message, "nanoCpus") && (typeof message.nanoCpus === "object" ? message.nanoCpus.low || message.nanoCpus.high : message.nanoCpus !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.nanoCpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.memoryBytes);
                if (message.engineVersion != null && $Object.hasOwnProperty.call(message, "engineVersion") && message.engineVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.engineVersion);
                if (message.runtimes != null && message.runtimes.length)
                    for (var i = 0; i < message.runtimes.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.runtimes[i]);
                if (message.engineLabels != null && $Object.hasOwnProperty.call(message, "engineLabels"))
                    for (var keys = $Object.keys(message.engineLabels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.engineLabels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeDescription message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.NodeDescription & shoal.v1.NodeDescription.$Shape} NodeDescription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeDescription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.NodeDescription();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.platform = $root.shoal.v1.Platform.decode(reader, reader.size(), $undefined, _depth + 1, message.platform);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nanoCpus = value;
                            else
                                delete message.nanoCpus;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.engineVersion = value;
                            else
                                delete message.engineVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runtimes && message.runtimes.length))
                                message.runtimes = [];
                            message.runtimes.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.engineLabels === $util.emptyObject)
                                message.engineLabels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.engineLabels, key);
                            message.engineLabels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NodeDescription message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.NodeDescription} NodeDescription
             */
            NodeDescription.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.NodeDescription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.NodeDescription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.NodeDescription();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.platform != null) {
                    if (!$util.isObject(object.platform))
                        throw $TypeError(".shoal.v1.NodeDescription.platform: object expected");
                    message.platform = $root.shoal.v1.Platform.fromObject(object.platform, _depth + 1);
                }
                if (object.nanoCpus != null)
                    if (typeof object.nanoCpus === "object" ? object.nanoCpus.low || object.nanoCpus.high : $Number(object.nanoCpus) !== 0)
                        if ($util.Long)
                            message.nanoCpus = $util.Long.fromValue(object.nanoCpus, false);
                        else if (typeof object.nanoCpus === "string")
                            message.nanoCpus = $parseInt(object.nanoCpus, 10);
                        else if (typeof object.nanoCpus === "number")
                            message.nanoCpus = object.nanoCpus;
                        else if (typeof object.nanoCpus === "object")
                            message.nanoCpus = new $util.LongBits(object.nanoCpus.low >>> 0, object.nanoCpus.high >>> 0).toNumber();
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, false);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber();
                if (object.engineVersion != null)
                    if (typeof object.engineVersion !== "string" || object.engineVersion.length)
                        message.engineVersion = $String(object.engineVersion);
                if (object.runtimes) {
                    if (!$Array.isArray(object.runtimes))
                        throw $TypeError(".shoal.v1.NodeDescription.runtimes: array expected");
                    message.runtimes = $Array(object.runtimes.length);
                    for (var i = 0; i < object.runtimes.length; ++i)
                        message.runtimes[i] = $String(object.runtimes[i]);
                }
                if (object.engineLabels) {
                    if (!$util.isObject(object.engineLabels))
                        throw $TypeError(".shoal.v1.NodeDescription.engineLabels: object expected");
                    message.engineLabels = {};
                    for (var keys = $Object.keys(object.engineLabels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.engineLabels, keys[i]);
                        message.engineLabels[keys[i]] = $String(object.engineLabels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NodeDescription message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {shoal.v1.NodeDescription} message NodeDescription
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeDescription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.runtimes = [];
                if (options.objects || options.defaults)
                    object.engineLabels = {};
                if (options.defaults) {
                    object.hostname = "";
                    object.platform = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.nanoCpus = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nanoCpus = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.engineVersion = "";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = $root.shoal.v1.Platform.toObject(message.platform, options, _depth + 1);
                if (message.nanoCpus != null && $Object.hasOwnProperty.call(message, "nanoCpus"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nanoCpus = typeof message.nanoCpus === "number" ? $BigInt(message.nanoCpus) : $util.Long.fromBits(message.nanoCpus.low >>> 0, message.nanoCpus.high >>> 0, false).toBigInt();
                    else if (typeof message.nanoCpus === "number")
                        object.nanoCpus = options.longs === $String ? $String(message.nanoCpus) : message.nanoCpus;
                    else
                        object.nanoCpus = options.longs === $String ? $util.Long.prototype.toString.call(message.nanoCpus) : options.longs === $Number ? new $util.LongBits(message.nanoCpus.low >>> 0, message.nanoCpus.high >>> 0).toNumber() : message.nanoCpus;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber() : message.memoryBytes;
                if (message.engineVersion != null && $Object.hasOwnProperty.call(message, "engineVersion"))
                    object.engineVersion = message.engineVersion;
                if (message.runtimes && message.runtimes.length) {
                    object.runtimes = $Array(message.runtimes.length);
                    for (var j = 0; j < message.runtimes.length; ++j)
                        object.runtimes[j] = message.runtimes[j];
                }
                var keys2;
                if (message.engineLabels && (keys2 = $Object.keys(message.engineLabels)).length) {
                    object.engineLabels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.engineLabels, keys2[j]);
                        object.engineLabels[keys2[j]] = message.engineLabels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this NodeDescription to JSON.
             * @function toJSON
             * @memberof shoal.v1.NodeDescription
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeDescription.prototype.toJSON = function() {
                return NodeDescription.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeDescription
             * @function getTypeUrl
             * @memberof shoal.v1.NodeDescription
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeDescription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.NodeDescription";
            };

            return NodeDescription;
        })();

        v1.NodeStatus = (function() {

            /**
             * Properties of a NodeStatus.
             * @typedef {Object} shoal.v1.NodeStatus.$Properties
             * @property {string|null} [state] NodeStatus state
             * @property {string|null} [message] NodeStatus message
             * @property {string|null} [addr] NodeStatus addr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStatus.
             * @memberof shoal.v1
             * @interface INodeStatus
             * @augments shoal.v1.NodeStatus.$Properties
             * @deprecated Use shoal.v1.NodeStatus.$Properties instead.
             */

            /**
             * Shape of a NodeStatus.
             * @typedef {shoal.v1.NodeStatus.$Properties} shoal.v1.NodeStatus.$Shape
             */

            /**
             * Constructs a new NodeStatus.
             * @memberof shoal.v1
             * @classdesc Represents a NodeStatus.
             * @constructor
             * @param {shoal.v1.NodeStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeStatus state.
             * @member {string} state
             * @memberof shoal.v1.NodeStatus
             * @instance
             */
            NodeStatus.prototype.state = "";

            /**
             * NodeStatus message.
             * @member {string} message
             * @memberof shoal.v1.NodeStatus
             * @instance
             */
            NodeStatus.prototype.message = "";

            /**
             * NodeStatus addr.
             * @member {string} addr
             * @memberof shoal.v1.NodeStatus
             * @instance
             */
            NodeStatus.prototype.addr = "";

            /**
             * Creates a new NodeStatus instance using the specified properties.
             * @function create
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {shoal.v1.NodeStatus.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.NodeStatus} NodeStatus instance
             * @type {{
             *   (properties: shoal.v1.NodeStatus.$Shape): shoal.v1.NodeStatus & shoal.v1.NodeStatus.$Shape;
             *   (properties?: shoal.v1.NodeStatus.$Properties): shoal.v1.NodeStatus;
             * }}
             */
            NodeStatus.create = function(properties) {
                return new NodeStatus(properties);
            };

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link shoal.v1.NodeStatus.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {shoal.v1.NodeStatus.$Properties} message NodeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.addr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.NodeStatus & shoal.v1.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.NodeStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NodeStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.NodeStatus} NodeStatus
             */
            NodeStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.NodeStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.NodeStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.NodeStatus();
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                return message;
            };

            /**
             * Creates a plain object from a NodeStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {shoal.v1.NodeStatus} message NodeStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.state = "";
                    object.message = "";
                    object.addr = "";
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                return object;
            };

            /**
             * Converts this NodeStatus to JSON.
             * @function toJSON
             * @memberof shoal.v1.NodeStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeStatus.prototype.toJSON = function() {
                return NodeStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeStatus
             * @function getTypeUrl
             * @memberof shoal.v1.NodeStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.NodeStatus";
            };

            return NodeStatus;
        })();

        v1.ManagerStatus = (function() {

            /**
             * Properties of a ManagerStatus.
             * @typedef {Object} shoal.v1.ManagerStatus.$Properties
             * @property {number|null} [raftId] ManagerStatus raftId
             * @property {string|null} [addr] ManagerStatus addr
             * @property {boolean|null} [leader] ManagerStatus leader
             * @property {string|null} [reachability] ManagerStatus reachability
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ManagerStatus.
             * @memberof shoal.v1
             * @interface IManagerStatus
             * @augments shoal.v1.ManagerStatus.$Properties
             * @deprecated Use shoal.v1.ManagerStatus.$Properties instead.
             */

            /**
             * Shape of a ManagerStatus.
             * @typedef {shoal.v1.ManagerStatus.$Properties} shoal.v1.ManagerStatus.$Shape
             */

            /**
             * Constructs a new ManagerStatus.
             * @memberof shoal.v1
             * @classdesc Represents a ManagerStatus.
             * @constructor
             * @param {shoal.v1.ManagerStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ManagerStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ManagerStatus raftId.
             * @member {number} raftId
             * @memberof shoal.v1.ManagerStatus
             * @instance
             */
            ManagerStatus.prototype.raftId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ManagerStatus addr.
             * @member {string} addr
             * @memberof shoal.v1.ManagerStatus
             * @instance
             */
            ManagerStatus.prototype.addr = "";

            /**
             * ManagerStatus leader.
             * @member {boolean} leader
             * @memberof shoal.v1.ManagerStatus
             * @instance
             */
            ManagerStatus.prototype.leader = false;

            /**
             * ManagerStatus reachability.
             * @member {string} reachability
             * @memberof shoal.v1.ManagerStatus
             * @instance
             */
            ManagerStatus.prototype.reachability = "";

            /**
             * Creates a new ManagerStatus instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {shoal.v1.ManagerStatus.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ManagerStatus} ManagerStatus instance
             * @type {{
             *   (properties: shoal.v1.ManagerStatus.$Shape): shoal.v1.ManagerStatus & shoal.v1.ManagerStatus.$Shape;
             *   (properties?: shoal.v1.ManagerStatus.$Properties): shoal.v1.ManagerStatus;
             * }}
             */
            ManagerStatus.create = function(properties) {
                return new ManagerStatus(properties);
            };

            /**
             * Encodes the specified ManagerStatus message. Does not implicitly {@link shoal.v1.ManagerStatus.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {shoal.v1.ManagerStatus.$Properties} message ManagerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ManagerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.raftId != null && $Object.hasOwnProperty.call(message, "raftId") && (typeof message.raftId === "object" ? message.raftId.low || message.raftId.high : message.raftId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.raftId);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addr);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.leader);
                if (message.reachability != null && $Object.hasOwnProperty.call(message, "reachability") && message.reachability !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reachability);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ManagerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ManagerStatus & shoal.v1.ManagerStatus.$Shape} ManagerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ManagerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ManagerStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.raftId = value;
                            else
                                delete message.raftId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.addr = value;
                            else
                                delete message.addr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reachability = value;
                            else
                                delete message.reachability;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ManagerStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ManagerStatus} ManagerStatus
             */
            ManagerStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ManagerStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ManagerStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ManagerStatus();
                if (object.raftId != null)
                    if (typeof object.raftId === "object" ? object.raftId.low || object.raftId.high : $Number(object.raftId) !== 0)
                        if ($util.Long)
                            message.raftId = $util.Long.fromValue(object.raftId, true);
                        else if (typeof object.raftId === "string")
                            message.raftId = $parseInt(object.raftId, 10);
                        else if (typeof object.raftId === "number")
                            message.raftId = object.raftId;
                        else if (typeof object.raftId === "object")
                            message.raftId = new $util.LongBits(object.raftId.low >>> 0, object.raftId.high >>> 0).toNumber(true);
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                if (object.leader != null)
                    if (object.leader)
                        message.leader = $Boolean(object.leader);
                if (object.reachability != null)
                    if (typeof object.reachability !== "string" || object.reachability.length)
                        message.reachability = $String(object.reachability);
                return message;
            };

            /**
             * Creates a plain object from a ManagerStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {shoal.v1.ManagerStatus} message ManagerStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ManagerStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.raftId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.raftId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.addr = "";
                    object.leader = false;
                    object.reachability = "";
                }
                if (message.raftId != null && $Object.hasOwnProperty.call(message, "raftId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.raftId = typeof message.raftId === "number" ? $BigInt(message.raftId) : $util.Long.fromBits(message.raftId.low >>> 0, message.raftId.high >>> 0, true).toBigInt();
                    else if (typeof message.raftId === "number")
                        object.raftId = options.longs === $String ? $String(message.raftId) : message.raftId;
                    else
                        object.raftId = options.longs === $String ? $util.Long.prototype.toString.call(message.raftId) : options.longs === $Number ? new $util.LongBits(message.raftId.low >>> 0, message.raftId.high >>> 0).toNumber(true) : message.raftId;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                    object.leader = message.leader;
                if (message.reachability != null && $Object.hasOwnProperty.call(message, "reachability"))
                    object.reachability = message.reachability;
                return object;
            };

            /**
             * Converts this ManagerStatus to JSON.
             * @function toJSON
             * @memberof shoal.v1.ManagerStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ManagerStatus.prototype.toJSON = function() {
                return ManagerStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ManagerStatus
             * @function getTypeUrl
             * @memberof shoal.v1.ManagerStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ManagerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ManagerStatus";
            };

            return ManagerStatus;
        })();

        v1.Node = (function() {

            /**
             * Properties of a Node.
             * @typedef {Object} shoal.v1.Node.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Node meta
             * @property {shoal.v1.NodeSpec.$Properties|null} [spec] Node spec
             * @property {shoal.v1.NodeDescription.$Properties|null} [description] Node description
             * @property {shoal.v1.NodeStatus.$Properties|null} [status] Node status
             * @property {shoal.v1.ManagerStatus.$Properties|null} [managerStatus] Node managerStatus
             * @property {string|null} [certificatePem] Node certificatePem
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Node.
             * @memberof shoal.v1
             * @interface INode
             * @augments shoal.v1.Node.$Properties
             * @deprecated Use shoal.v1.Node.$Properties instead.
             */

            /**
             * Shape of a Node.
             * @typedef {shoal.v1.Node.$Properties} shoal.v1.Node.$Shape
             */

            /**
             * Constructs a new Node.
             * @memberof shoal.v1
             * @classdesc Represents a Node.
             * @constructor
             * @param {shoal.v1.Node.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Node = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Node meta.
             * @member {shoal.v1.Meta.$Properties|null|undefined} meta
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.meta = null;

            /**
             * Node spec.
             * @member {shoal.v1.NodeSpec.$Properties|null|undefined} spec
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.spec = null;

            /**
             * Node description.
             * @member {shoal.v1.NodeDescription.$Properties|null|undefined} description
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.description = null;

            /**
             * Node status.
             * @member {shoal.v1.NodeStatus.$Properties|null|undefined} status
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.status = null;

            /**
             * Node managerStatus.
             * @member {shoal.v1.ManagerStatus.$Properties|null|undefined} managerStatus
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.managerStatus = null;

            /**
             * Node certificatePem.
             * @member {string} certificatePem
             * @memberof shoal.v1.Node
             * @instance
             */
            Node.prototype.certificatePem = "";

            /**
             * Creates a new Node instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Node
             * @static
             * @param {shoal.v1.Node.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Node} Node instance
             * @type {{
             *   (properties: shoal.v1.Node.$Shape): shoal.v1.Node & shoal.v1.Node.$Shape;
             *   (properties?: shoal.v1.Node.$Properties): shoal.v1.Node;
             * }}
             */
            Node.create = function(properties) {
                return new Node(properties);
            };

            /**
             * Encodes the specified Node message. Does not implicitly {@link shoal.v1.Node.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Node
             * @static
             * @param {shoal.v1.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.shoal.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.shoal.v1.NodeSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    $root.shoal.v1.NodeDescription.encode(message.description, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.shoal.v1.NodeStatus.encode(message.status, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.managerStatus != null && $Object.hasOwnProperty.call(message, "managerStatus"))
                    $root.shoal.v1.ManagerStatus.encode(message.managerStatus, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem") && message.certificatePem !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.certificatePem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Node & shoal.v1.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Node();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.shoal.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.shoal.v1.NodeSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.description = $root.shoal.v1.NodeDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.description);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.shoal.v1.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.managerStatus = $root.shoal.v1.ManagerStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.managerStatus);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.certificatePem = value;
                            else
                                delete message.certificatePem;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Node message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Node
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Node} Node
             */
            Node.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Node)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Node: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Node();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".shoal.v1.Node.meta: object expected");
                    message.meta = $root.shoal.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".shoal.v1.Node.spec: object expected");
                    message.spec = $root.shoal.v1.NodeSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.description != null) {
                    if (!$util.isObject(object.description))
                        throw $TypeError(".shoal.v1.Node.description: object expected");
                    message.description = $root.shoal.v1.NodeDescription.fromObject(object.description, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".shoal.v1.Node.status: object expected");
                    message.status = $root.shoal.v1.NodeStatus.fromObject(object.status, _depth + 1);
                }
                if (object.managerStatus != null) {
                    if (!$util.isObject(object.managerStatus))
                        throw $TypeError(".shoal.v1.Node.managerStatus: object expected");
                    message.managerStatus = $root.shoal.v1.ManagerStatus.fromObject(object.managerStatus, _depth + 1);
                }
                if (object.certificatePem != null)
                    if (typeof object.certificatePem !== "string" || object.certificatePem.length)
                        message.certificatePem = $String(object.certificatePem);
                return message;
            };

            /**
             * Creates a plain object from a Node message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Node
             * @static
             * @param {shoal.v1.Node} message Node
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Node.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.spec = null;
                    object.description = null;
                    object.status = null;
                    object.managerStatus = null;
                    object.certificatePem = "";
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.shoal.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.shoal.v1.NodeSpec.toObject(message.spec, options, _depth + 1);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = $root.shoal.v1.NodeDescription.toObject(message.description, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.shoal.v1.NodeStatus.toObject(message.status, options, _depth + 1);
                if (message.managerStatus != null && $Object.hasOwnProperty.call(message, "managerStatus"))
                    object.managerStatus = $root.shoal.v1.ManagerStatus.toObject(message.managerStatus, options, _depth + 1);
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem"))
                    object.certificatePem = message.certificatePem;
                return object;
            };

            /**
             * Converts this Node to JSON.
             * @function toJSON
             * @memberof shoal.v1.Node
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Node.prototype.toJSON = function() {
                return Node.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Node
             * @function getTypeUrl
             * @memberof shoal.v1.Node
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Node.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Node";
            };

            return Node;
        })();

        v1.ProcessSpec = (function() {

            /**
             * Properties of a ProcessSpec.
             * @typedef {Object} shoal.v1.ProcessSpec.$Properties
             * @property {string|null} [image] ProcessSpec image
             * @property {Array.<string>|null} [args] ProcessSpec args
             * @property {Array.<string>|null} [env] ProcessSpec env
             * @property {Object.<string,string>|null} [labels] ProcessSpec labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessSpec.
             * @memberof shoal.v1
             * @interface IProcessSpec
             * @augments shoal.v1.ProcessSpec.$Properties
             * @deprecated Use shoal.v1.ProcessSpec.$Properties instead.
             */

            /**
             * Shape of a ProcessSpec.
             * @typedef {shoal.v1.ProcessSpec.$Properties} shoal.v1.ProcessSpec.$Shape
             */

            /**
             * Constructs a new ProcessSpec.
             * @memberof shoal.v1
             * @classdesc Represents a ProcessSpec.
             * @constructor
             * @param {shoal.v1.ProcessSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProcessSpec = function (properties) {
                this.args = [];
                this.env = [];
                this.labels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessSpec image.
             * @member {string} image
             * @memberof shoal.v1.ProcessSpec
             * @instance
             */
            ProcessSpec.prototype.image = "";

            /**
             * ProcessSpec args.
             * @member {Array.<string>} args
             * @memberof shoal.v1.ProcessSpec
             * @instance
             */
            ProcessSpec.prototype.args = $util.emptyArray;

            /**
             * ProcessSpec env.
             * @member {Array.<string>} env
             * @memberof shoal.v1.ProcessSpec
             * @instance
             */
            ProcessSpec.prototype.env = $util.emptyArray;

            /**
             * ProcessSpec labels.
             * @member {Object.<string,string>} labels
             * @memberof shoal.v1.ProcessSpec
             * @instance
             */
            ProcessSpec.prototype.labels = $util.emptyObject;

            /**
             * Creates a new ProcessSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {shoal.v1.ProcessSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ProcessSpec} ProcessSpec instance
             * @type {{
             *   (properties: shoal.v1.ProcessSpec.$Shape): shoal.v1.ProcessSpec & shoal.v1.ProcessSpec.$Shape;
             *   (properties?: shoal.v1.ProcessSpec.$Properties): shoal.v1.ProcessSpec;
             * }}
             */
            ProcessSpec.create = function(properties) {
                return new ProcessSpec(properties);
            };

            /**
             * Encodes the specified ProcessSpec message. Does not implicitly {@link shoal.v1.ProcessSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {shoal.v1.ProcessSpec.$Properties} message ProcessSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.image);
                if (message.args != null && message.args.length)
                    for (var i = 0; i < message.args.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.args[i]);
                if (message.env != null && message.env.length)
                    for (var i = 0; i < message.env.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.env[i]);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessSpec & shoal.v1.ProcessSpec.$Shape} ProcessSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ProcessSpec();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProcessSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ProcessSpec} ProcessSpec
             */
            ProcessSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ProcessSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ProcessSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ProcessSpec();
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".shoal.v1.ProcessSpec.args: array expected");
                    message.args = $Array(object.args.length);
                    for (var i = 0; i < object.args.length; ++i)
                        message.args[i] = $String(object.args[i]);
                }
                if (object.env) {
                    if (!$Array.isArray(object.env))
                        throw $TypeError(".shoal.v1.ProcessSpec.env: array expected");
                    message.env = $Array(object.env.length);
                    for (var i = 0; i < object.env.length; ++i)
                        message.env[i] = $String(object.env[i]);
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".shoal.v1.ProcessSpec.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ProcessSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {shoal.v1.ProcessSpec} message ProcessSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.args = [];
                    object.env = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults)
                    object.image = "";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (var j = 0; j < message.args.length; ++j)
                        object.args[j] = message.args[j];
                }
                if (message.env && message.env.length) {
                    object.env = $Array(message.env.length);
                    for (var j = 0; j < message.env.length; ++j)
                        object.env[j] = message.env[j];
                }
                var keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ProcessSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.ProcessSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessSpec.prototype.toJSON = function() {
                return ProcessSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessSpec
             * @function getTypeUrl
             * @memberof shoal.v1.ProcessSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ProcessSpec";
            };

            return ProcessSpec;
        })();

        v1.RestartPolicy = (function() {

            /**
             * Properties of a RestartPolicy.
             * @typedef {Object} shoal.v1.RestartPolicy.$Properties
             * @property {string|null} [condition] RestartPolicy condition
             * @property {number|null} [delayNs] RestartPolicy delayNs
             * @property {number|null} [maxAttempts] RestartPolicy maxAttempts
             * @property {number|null} [windowNs] RestartPolicy windowNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestartPolicy.
             * @memberof shoal.v1
             * @interface IRestartPolicy
             * @augments shoal.v1.RestartPolicy.$Properties
             * @deprecated Use shoal.v1.RestartPolicy.$Properties instead.
             */

            /**
             * Shape of a RestartPolicy.
             * @typedef {shoal.v1.RestartPolicy.$Properties} shoal.v1.RestartPolicy.$Shape
             */

            /**
             * Constructs a new RestartPolicy.
             * @memberof shoal.v1
             * @classdesc Represents a RestartPolicy.
             * @constructor
             * @param {shoal.v1.RestartPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RestartPolicy = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestartPolicy condition.
             * @member {string} condition
             * @memberof shoal.v1.RestartPolicy
             * @instance
             */
            RestartPolicy.prototype.condition = "";

            /**
             * RestartPolicy delayNs.
             * @member {number} delayNs
             * @memberof shoal.v1.RestartPolicy
             * @instance
             */
            RestartPolicy.prototype.delayNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RestartPolicy maxAttempts.
             * @member {number} maxAttempts
             * @memberof shoal.v1.RestartPolicy
             * @instance
             */
            RestartPolicy.prototype.maxAttempts = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RestartPolicy windowNs.
             * @member {number} windowNs
             * @memberof shoal.v1.RestartPolicy
             * @instance
             */
            RestartPolicy.prototype.windowNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new RestartPolicy instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {shoal.v1.RestartPolicy.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RestartPolicy} RestartPolicy instance
             * @type {{
             *   (properties: shoal.v1.RestartPolicy.$Shape): shoal.v1.RestartPolicy & shoal.v1.RestartPolicy.$Shape;
             *   (properties?: shoal.v1.RestartPolicy.$Properties): shoal.v1.RestartPolicy;
             * }}
             */
            RestartPolicy.create = function(properties) {
                return new RestartPolicy(properties);
            };

            /**
             * Encodes the specified RestartPolicy message. Does not implicitly {@link shoal.v1.RestartPolicy.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {shoal.v1.RestartPolicy.$Properties} message RestartPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestartPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition") && message.condition !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.condition);
                if (message.delayNs != null && $Object.hasOwnProperty.call(message, "delayNs") && (typeof message.delayNs === "object" ? message.delayNs.low || message.delayNs.high : message.delayNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.delayNs);
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts") && (typeof message.maxAttempts === "object" ? message.maxAttempts.low || message.maxAttempts.high : message.maxAttempts !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxAttempts);
                if (message.windowNs != null && $Object.hasOwnProperty.call(message, "windowNs") && (typeof message.windowNs === "object" ? message.windowNs.low || message.windowNs.high : message.windowNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.windowNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestartPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RestartPolicy & shoal.v1.RestartPolicy.$Shape} RestartPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestartPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.RestartPolicy();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.condition = value;
                            else
                                delete message.condition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.delayNs = value;
                            else
                                delete message.delayNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxAttempts = value;
                            else
                                delete message.maxAttempts;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowNs = value;
                            else
                                delete message.windowNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RestartPolicy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RestartPolicy} RestartPolicy
             */
            RestartPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RestartPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RestartPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RestartPolicy();
                if (object.condition != null)
                    if (typeof object.condition !== "string" || object.condition.length)
                        message.condition = $String(object.condition);
                if (object.delayNs != null)
                    if (typeof object.delayNs === "object" ? object.delayNs.low || object.delayNs.high : $Number(object.delayNs) !== 0)
                        if ($util.Long)
                            message.delayNs = $util.Long.fromValue(object.delayNs, false);
                        else if (typeof object.delayNs === "string")
                            message.delayNs = $parseInt(object.delayNs, 10);
                        else if (typeof object.delayNs === "number")
                            message.delayNs = object.delayNs;
                        else if (typeof object.delayNs === "object")
                            message.delayNs = new $util.LongBits(object.delayNs.low >>> 0, object.delayNs.high >>> 0).toNumber();
                if (object.maxAttempts != null)
                    if (typeof object.maxAttempts === "object" ? object.maxAttempts.low || object.maxAttempts.high : $Number(object.maxAttempts) !== 0)
                        if ($util.Long)
                            message.maxAttempts = $util.Long.fromValue(object.maxAttempts, true);
                        else if (typeof object.maxAttempts === "string")
                            message.maxAttempts = $parseInt(object.maxAttempts, 10);
                        else if (typeof object.maxAttempts === "number")
                            message.maxAttempts = object.maxAttempts;
                        else if (typeof object.maxAttempts === "object")
                            message.maxAttempts = new $util.LongBits(object.maxAttempts.low >>> 0, object.maxAttempts.high >>> 0).toNumber(true);
                if (object.windowNs != null)
                    if (typeof object.windowNs === "object" ? object.windowNs.low || object.windowNs.high : $Number(object.windowNs) !== 0)
                        if ($util.Long)
                            message.windowNs = $util.Long.fromValue(object.windowNs, false);
                        else if (typeof object.windowNs === "string")
                            message.windowNs = $parseInt(object.windowNs, 10);
                        else if (typeof object.windowNs === "number")
                            message.windowNs = object.windowNs;
                        else if (typeof object.windowNs === "object")
                            message.windowNs = new $util.LongBits(object.windowNs.low >>> 0, object.windowNs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a RestartPolicy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {shoal.v1.RestartPolicy} message RestartPolicy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestartPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.condition = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.delayNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.delayNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.maxAttempts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxAttempts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.windowNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.windowNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    object.condition = message.condition;
                if (message.delayNs != null && $Object.hasOwnProperty.call(message, "delayNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.delayNs = typeof message.delayNs === "number" ? $BigInt(message.delayNs) : $util.Long.fromBits(message.delayNs.low >>> 0, message.delayNs.high >>> 0, false).toBigInt();
                    else if (typeof message.delayNs === "number")
                        object.delayNs = options.longs === $String ? $String(message.delayNs) : message.delayNs;
                    else
                        object.delayNs = options.longs === $String ? $util.Long.prototype.toString.call(message.delayNs) : options.longs === $Number ? new $util.LongBits(message.delayNs.low >>> 0, message.delayNs.high >>> 0).toNumber() : message.delayNs;
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxAttempts = typeof message.maxAttempts === "number" ? $BigInt(message.maxAttempts) : $util.Long.fromBits(message.maxAttempts.low >>> 0, message.maxAttempts.high >>> 0, true).toBigInt();
                    else if (typeof message.maxAttempts === "number")
                        object.maxAttempts = options.longs === $String ? $String(message.maxAttempts) : message.maxAttempts;
                    else
                        object.maxAttempts = options.longs === $String ? $util.Long.prototype.toString.call(message.maxAttempts) : options.longs === $Number ? new $util.LongBits(message.maxAttempts.low >>> 0, message.maxAttempts.high >>> 0).toNumber(true) : message.maxAttempts;
                if (message.windowNs != null && $Object.hasOwnProperty.call(message, "windowNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.windowNs = typeof message.windowNs === "number" ? $BigInt(message.windowNs) : $util.Long.fromBits(message.windowNs.low >>> 0, message.windowNs.high >>> 0, false).toBigInt();
                    else if (typeof message.windowNs === "number")
                        object.windowNs = options.longs === $String ? $String(message.windowNs) : message.windowNs;
                    else
                        object.windowNs = options.longs === $String ? $util.Long.prototype.toString.call(message.windowNs) : options.longs === $Number ? new $util.LongBits(message.windowNs.low >>> 0, message.windowNs.high >>> 0).toNumber() : message.windowNs;
                return object;
            };

            /**
             * Converts this RestartPolicy to JSON.
             * @function toJSON
             * @memberof shoal.v1.RestartPolicy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestartPolicy.prototype.toJSON = function() {
                return RestartPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestartPolicy
             * @function getTypeUrl
             * @memberof shoal.v1.RestartPolicy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestartPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RestartPolicy";
            };

            return RestartPolicy;
        })();

        v1.TaskSpec = (function() {

            /**
             * Properties of a TaskSpec.
             * @typedef {Object} shoal.v1.TaskSpec.$Properties
             * @property {shoal.v1.ProcessSpec.$Properties|null} [container] TaskSpec container
             * @property {shoal.v1.RestartPolicy.$Properties|null} [restart] TaskSpec restart
             * @property {string|null} [runtime] TaskSpec runtime
             * @property {number|null} [forceUpdate] TaskSpec forceUpdate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskSpec.
             * @memberof shoal.v1
             * @interface ITaskSpec
             * @augments shoal.v1.TaskSpec.$Properties
             * @deprecated Use shoal.v1.TaskSpec.$Properties instead.
             */

            /**
             * Shape of a TaskSpec.
             * @typedef {shoal.v1.TaskSpec.$Properties} shoal.v1.TaskSpec.$Shape
             */

            /**
             * Constructs a new TaskSpec.
             * @memberof shoal.v1
             * @classdesc Represents a TaskSpec.
             * @constructor
             * @param {shoal.v1.TaskSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskSpec = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskSpec container.
             * @member {shoal.v1.ProcessSpec.$Properties|null|undefined} container
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.container = null;

            /**
             * TaskSpec restart.
             * @member {shoal.v1.RestartPolicy.$Properties|null|undefined} restart
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.restart = null;

            /**
             * TaskSpec runtime.
             * @member {string} runtime
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.runtime = "";

            /**
             * TaskSpec forceUpdate.
             * @member {number} forceUpdate
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.forceUpdate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TaskSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {shoal.v1.TaskSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.TaskSpec} TaskSpec instance
             * @type {{
             *   (properties: shoal.v1.TaskSpec.$Shape): shoal.v1.TaskSpec & shoal.v1.TaskSpec.$Shape;
             *   (properties?: shoal.v1.TaskSpec.$Properties): shoal.v1.TaskSpec;
             * }}
             */
            TaskSpec.create = function(properties) {
                return new TaskSpec(properties);
            };

            /**
             * Encodes the specified TaskSpec message. Does not implicitly {@link shoal.v1.TaskSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {shoal.v1.TaskSpec.$Properties} message TaskSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    $root.shoal.v1.ProcessSpec.encode(message.container, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    $root.shoal.v1.RestartPolicy.encode(message.restart, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && message.runtime !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.runtime);
                if (message.forceUpdate != null && $Object.hasOwnProperty.call(message, "forceUpdate") && (typeof message.forceUpdate === "object" ? message.forceUpdate.low || message.forceUpdate.high : message.forceUpdate !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.forceUpdate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.TaskSpec & shoal.v1.TaskSpec.$Shape} TaskSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.TaskSpec();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.container = $root.shoal.v1.ProcessSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.restart = $root.shoal.v1.RestartPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.restart);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtime = value;
                            else
                                delete message.runtime;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.forceUpdate = value;
                            else
                                delete message.forceUpdate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.TaskSpec} TaskSpec
             */
            TaskSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.TaskSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.TaskSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.TaskSpec();
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw $TypeError(".shoal.v1.TaskSpec.container: object expected");
                    message.container = $root.shoal.v1.ProcessSpec.fromObject(object.container, _depth + 1);
                }
                if (object.restart != null) {
                    if (!$util.isObject(object.restart))
                        throw $TypeError(".shoal.v1.TaskSpec.restart: object expected");
                    message.restart = $root.shoal.v1.RestartPolicy.fromObject(object.restart, _depth + 1);
                }
                if (object.runtime != null)
                    if (typeof object.runtime !== "string" || object.runtime.length)
                        message.runtime = $String(object.runtime);
                if (object.forceUpdate != null)
                    if (typeof object.forceUpdate === "object" ? object.forceUpdate.low || object.forceUpdate.high : $Number(object.forceUpdate) !== 0)
                        if ($util.Long)
                            message.forceUpdate = $util.Long.fromValue(object.forceUpdate, true);
                        else if (typeof object.forceUpdate === "string")
                            message.forceUpdate = $parseInt(object.forceUpdate, 10);
                        else if (typeof object.forceUpdate === "number")
                            message.forceUpdate = object.forceUpdate;
                        else if (typeof object.forceUpdate === "object")
                            message.forceUpdate = new $util.LongBits(object.forceUpdate.low >>> 0, object.forceUpdate.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TaskSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {shoal.v1.TaskSpec} message TaskSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.container = null;
                    object.restart = null;
                    object.runtime = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.forceUpdate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.forceUpdate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.shoal.v1.ProcessSpec.toObject(message.container, options, _depth + 1);
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    object.restart = $root.shoal.v1.RestartPolicy.toObject(message.restart, options, _depth + 1);
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    object.runtime = message.runtime;
                if (message.forceUpdate != null && $Object.hasOwnProperty.call(message, "forceUpdate"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.forceUpdate = typeof message.forceUpdate === "number" ? $BigInt(message.forceUpdate) : $util.Long.fromBits(message.forceUpdate.low >>> 0, message.forceUpdate.high >>> 0, true).toBigInt();
                    else if (typeof message.forceUpdate === "number")
                        object.forceUpdate = options.longs === $String ? $String(message.forceUpdate) : message.forceUpdate;
                    else
                        object.forceUpdate = options.longs === $String ? $util.Long.prototype.toString.call(message.forceUpdate) : options.longs === $Number ? new $util.LongBits(message.forceUpdate.low >>> 0, message.forceUpdate.high >>> 0).toNumber(true) : message.forceUpdate;
                return object;
            };

            /**
             * Converts this TaskSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.TaskSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskSpec.prototype.toJSON = function() {
                return TaskSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskSpec
             * @function getTypeUrl
             * @memberof shoal.v1.TaskSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.TaskSpec";
            };

            return TaskSpec;
        })();

        v1.ServiceSpec = (function() {

            /**
             * Properties of a ServiceSpec.
             * @typedef {Object} shoal.v1.ServiceSpec.$Properties
             * @property {shoal.v1.Annotations.$Properties|null} [annotations] ServiceSpec annotations
             * @property {shoal.v1.TaskSpec.$Properties|null} [task] ServiceSpec task
             * @property {string|null} [mode] ServiceSpec mode
             * @property {number|null} [replicas] ServiceSpec replicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServiceSpec.
             * @memberof shoal.v1
             * @interface IServiceSpec
             * @augments shoal.v1.ServiceSpec.$Properties
             * @deprecated Use shoal.v1.ServiceSpec.$Properties instead.
             */

            /**
             * Shape of a ServiceSpec.
             * @typedef {shoal.v1.ServiceSpec.$Properties} shoal.v1.ServiceSpec.$Shape
             */

            /**
             * Constructs a new ServiceSpec.
             * @memberof shoal.v1
             * @classdesc Represents a ServiceSpec.
             * @constructor
             * @param {shoal.v1.ServiceSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ServiceSpec = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServiceSpec annotations.
             * @member {shoal.v1.Annotations.$Properties|null|undefined} annotations
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.annotations = null;

            /**
             * ServiceSpec task.
             * @member {shoal.v1.TaskSpec.$Properties|null|undefined} task
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.task = null;

            /**
             * ServiceSpec mode.
             * @member {string} mode
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.mode = "";

            /**
             * ServiceSpec replicas.
             * @member {number} replicas
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.replicas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ServiceSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {shoal.v1.ServiceSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ServiceSpec} ServiceSpec instance
             * @type {{
             *   (properties: shoal.v1.ServiceSpec.$Shape): shoal.v1.ServiceSpec & shoal.v1.ServiceSpec.$Shape;
             *   (properties?: shoal.v1.ServiceSpec.$Properties): shoal.v1.ServiceSpec;
             * }}
             */
            ServiceSpec.create = function(properties) {
                return new ServiceSpec(properties);
            };

            /**
             * Encodes the specified ServiceSpec message. Does not implicitly {@link shoal.v1.ServiceSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {shoal.v1.ServiceSpec.$Properties} message ServiceSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    $root.shoal.v1.Annotations.encode(message.annotations, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    $root.shoal.v1.TaskSpec.encode(message.task, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.mode);
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas") && (typeof message.replicas === "object" ? message.replicas.low || message.replicas.high : message.replicas !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.replicas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServiceSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ServiceSpec & shoal.v1.ServiceSpec.$Shape} ServiceSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ServiceSpec();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.annotations = $root.shoal.v1.Annotations.decode(reader, reader.size(), $undefined, _depth + 1, message.annotations);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.task = $root.shoal.v1.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replicas = value;
                            else
                                delete message.replicas;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ServiceSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ServiceSpec} ServiceSpec
             */
            ServiceSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ServiceSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ServiceSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ServiceSpec();
                if (object.annotations != null) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".shoal.v1.ServiceSpec.annotations: object expected");
                    message.annotations = $root.shoal.v1.Annotations.fromObject(object.annotations, _depth + 1);
                }
                if (object.task != null) {
                    if (!$util.isObject(object.task))
                        throw $TypeError(".shoal.v1.ServiceSpec.task: object expected");
                    message.task = $root.shoal.v1.TaskSpec.fromObject(object.task, _depth + 1);
                }
                if (object.mode != null)
                    if (typeof object.mode !== "string" || object.mode.length)
                        message.mode = $String(object.mode);
                if (object.replicas != null)
                    if (typeof object.replicas === "object" ? object.replicas.low || object.replicas.high : $Number(object.replicas) !== 0)
                        if ($util.Long)
                            message.replicas = $util.Long.fromValue(object.replicas, true);
                        else if (typeof object.replicas === "string")
                            message.replicas = $parseInt(object.replicas, 10);
                        else if (typeof object.replicas === "number")
                            message.replicas = object.replicas;
                        else if (typeof object.replicas === "object")
                            message.replicas = new $util.LongBits(object.replicas.low >>> 0, object.replicas.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ServiceSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {shoal.v1.ServiceSpec} message ServiceSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.annotations = null;
                    object.task = null;
                    object.mode = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.replicas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replicas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    object.annotations = $root.shoal.v1.Annotations.toObject(message.annotations, options, _depth + 1);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    object.task = $root.shoal.v1.TaskSpec.toObject(message.task, options, _depth + 1);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replicas = typeof message.replicas === "number" ? $BigInt(message.replicas) : $util.Long.fromBits(message.replicas.low >>> 0, message.replicas.high >>> 0, true).toBigInt();
                    else if (typeof message.replicas === "number")
                        object.replicas = options.longs === $String ? $String(message.replicas) : message.replicas;
                    else
                        object.replicas = options.longs === $String ? $util.Long.prototype.toString.call(message.replicas) : options.longs === $Number ? new $util.LongBits(message.replicas.low >>> 0, message.replicas.high >>> 0).toNumber(true) : message.replicas;
                return object;
            };

            /**
             * Converts this ServiceSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.ServiceSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceSpec.prototype.toJSON = function() {
                return ServiceSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServiceSpec
             * @function getTypeUrl
             * @memberof shoal.v1.ServiceSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServiceSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ServiceSpec";
            };

            return ServiceSpec;
        })();

        v1.Service = (function() {

            /**
             * Properties of a Service.
             * @typedef {Object} shoal.v1.Service.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Service meta
             * @property {shoal.v1.ServiceSpec.$Properties|null} [spec] Service spec
             * @property {shoal.v1.ServiceSpec.$Properties|null} [previousSpec] Service previousSpec
             * @property {number|null} [specVersion] Service specVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Service.
             * @memberof shoal.v1
             * @interface IService
             * @augments shoal.v1.Service.$Properties
             * @deprecated Use shoal.v1.Service.$Properties instead.
             */

            /**
             * Shape of a Service.
             * @typedef {shoal.v1.Service.$Properties} shoal.v1.Service.$Shape
             */

            /**
             * Constructs a new Service.
             * @memberof shoal.v1
             * @classdesc Represents a Service.
             * @constructor
             * @param {shoal.v1.Service.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Service = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Service meta.
             * @member {shoal.v1.Meta.$Properties|null|undefined} meta
             * @memberof shoal.v1.Service
             * @instance
             */
            Service.prototype.meta = null;

            /**
             * Service spec.
             * @member {shoal.v1.ServiceSpec.$Properties|null|undefined} spec
             * @memberof shoal.v1.Service
             * @instance
             */
            Service.prototype.spec = null;

            /**
             * Service previousSpec.
             * @member {shoal.v1.ServiceSpec.$Properties|null|undefined} previousSpec
             * @memberof shoal.v1.Service
             * @instance
             */
            Service.prototype.previousSpec = null;

            /**
             * Service specVersion.
             * @member {number} specVersion
             * @memberof shoal.v1.Service
             * @instance
             */
            Service.prototype.specVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Service instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Service
             * @static
             * @param {shoal.v1.Service.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Service} Service instance
             * @type {{
             *   (properties: shoal.v1.Service.$Shape): shoal.v1.Service & shoal.v1.Service.$Shape;
             *   (properties?: shoal.v1.Service.$Properties): shoal.v1.Service;
             * }}
             */
            Service.create = function(properties) {
                return new Service(properties);
            };

            /**
             * Encodes the specified Service message. Does not implicitly {@link shoal.v1.Service.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Service
             * @static
             * @param {shoal.v1.Service.$Properties} message Service message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Service.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.shoal.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.shoal.v1.ServiceSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.previousSpec != null && $Object.hasOwnProperty.call(message, "previousSpec"))
                    $root.shoal.v1.ServiceSpec.encode(message.previousSpec, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.specVersion != null && $Object.hasOwnProperty.call(message, "specVersion") && (typeof message.specVersion === "object" ? message.specVersion.low || message.specVersion.high : message.specVersion !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.specVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Service message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Service
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Service & shoal.v1.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Service.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Service();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.shoal.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.shoal.v1.ServiceSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.previousSpec = $root.shoal.v1.ServiceSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.previousSpec);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.specVersion = value;
                            else
                                delete message.specVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Service message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Service
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Service} Service
             */
            Service.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Service)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Service: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Service();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".shoal.v1.Service.meta: object expected");
                    message.meta = $root.shoal.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".shoal.v1.Service.spec: object expected");
                    message.spec = $root.shoal.v1.ServiceSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.previousSpec != null) {
                    if (!$util.isObject(object.previousSpec))
                        throw $TypeError(".shoal.v1.Service.previousSpec: object expected");
                    message.previousSpec = $root.shoal.v1.ServiceSpec.fromObject(object.previousSpec, _depth + 1);
                }
                if (object.specVersion != null)
                    if (typeof object.specVersion === "object" ? object.specVersion.low || object.specVersion.high : $Number(object.specVersion) !== 0)
                        if ($util.Long)
                            message.specVersion = $util.Long.fromValue(object.specVersion, true);
                        else if (typeof object.specVersion === "string")
                            message.specVersion = $parseInt(object.specVersion, 10);
                        else if (typeof object.specVersion === "number")
                            message.specVersion = object.specVersion;
                        else if (typeof object.specVersion === "object")
                            message.specVersion = new $util.LongBits(object.specVersion.low >>> 0, object.specVersion.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Service message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Service
             * @static
             * @param {shoal.v1.Service} message Service
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Service.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.spec = null;
                    object.previousSpec = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.specVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.specVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.shoal.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.shoal.v1.ServiceSpec.toObject(message.spec, options, _depth + 1);
                if (message.previousSpec != null && $Object.hasOwnProperty.call(message, "previousSpec"))
                    object.previousSpec = $root.shoal.v1.ServiceSpec.toObject(message.previousSpec, options, _depth + 1);
                if (message.specVersion != null && $Object.hasOwnProperty.call(message, "specVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.specVersion = typeof message.specVersion === "number" ? $BigInt(message.specVersion) : $util.Long.fromBits(message.specVersion.low >>> 0, message.specVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.specVersion === "number")
                        object.specVersion = options.longs === $String ? $String(message.specVersion) : message.specVersion;
                    else
                        object.specVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.specVersion) : options.longs === $Number ? new $util.LongBits(message.specVersion.low >>> 0, message.specVersion.high >>> 0).toNumber(true) : message.specVersion;
                return object;
            };

            /**
             * Converts this Service to JSON.
             * @function toJSON
             * @memberof shoal.v1.Service
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Service.prototype.toJSON = function() {
                return Service.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Service
             * @function getTypeUrl
             * @memberof shoal.v1.Service
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Service.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Service";
            };

            return Service;
        })();

        v1.ContainerStatus = (function() {

            /**
             * Properties of a ContainerStatus.
             * @typedef {Object} shoal.v1.ContainerStatus.$Properties
             * @property {number|null} [exitCode] ContainerStatus exitCode
             * @property {number|null} [pid] ContainerStatus pid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerStatus.
             * @memberof shoal.v1
             * @interface IContainerStatus
             * @augments shoal.v1.ContainerStatus.$Properties
             * @deprecated Use shoal.v1.ContainerStatus.$Properties instead.
             */

            /**
             * Shape of a ContainerStatus.
             * @typedef {shoal.v1.ContainerStatus.$Properties} shoal.v1.ContainerStatus.$Shape
             */

            /**
             * Constructs a new ContainerStatus.
             * @memberof shoal.v1
             * @classdesc Represents a ContainerStatus.
             * @constructor
             * @param {shoal.v1.ContainerStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ContainerStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContainerStatus exitCode.
             * @member {number} exitCode
             * @memberof shoal.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.exitCode = 0;

            /**
             * ContainerStatus pid.
             * @member {number} pid
             * @memberof shoal.v1.ContainerStatus
             * @instance
             */
            ContainerStatus.prototype.pid = 0;

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {shoal.v1.ContainerStatus.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ContainerStatus} ContainerStatus instance
             * @type {{
             *   (properties: shoal.v1.ContainerStatus.$Shape): shoal.v1.ContainerStatus & shoal.v1.ContainerStatus.$Shape;
             *   (properties?: shoal.v1.ContainerStatus.$Properties): shoal.v1.ContainerStatus;
             * }}
             */
            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link shoal.v1.ContainerStatus.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {shoal.v1.ContainerStatus.$Properties} message ContainerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.exitCode);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.pid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ContainerStatus & shoal.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ContainerStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ContainerStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ContainerStatus} ContainerStatus
             */
            ContainerStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ContainerStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ContainerStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ContainerStatus();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid | 0;
                return message;
            };

            /**
             * Creates a plain object from a ContainerStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {shoal.v1.ContainerStatus} message ContainerStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.exitCode = 0;
                    object.pid = 0;
                }
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                return object;
            };

            /**
             * Converts this ContainerStatus to JSON.
             * @function toJSON
             * @memberof shoal.v1.ContainerStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerStatus.prototype.toJSON = function() {
                return ContainerStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerStatus
             * @function getTypeUrl
             * @memberof shoal.v1.ContainerStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ContainerStatus";
            };

            return ContainerStatus;
        })();

        v1.TaskStatus = (function() {

            /**
             * Properties of a TaskStatus.
             * @typedef {Object} shoal.v1.TaskStatus.$Properties
             * @property {number|null} [timestamp] TaskStatus timestamp
             * @property {number|null} [state] TaskStatus state
             * @property {string|null} [message] TaskStatus message
             * @property {string|null} [err] TaskStatus err
             * @property {shoal.v1.ContainerStatus.$Properties|null} [container] TaskStatus container
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStatus.
             * @memberof shoal.v1
             * @interface ITaskStatus
             * @augments shoal.v1.TaskStatus.$Properties
             * @deprecated Use shoal.v1.TaskStatus.$Properties instead.
             */

            /**
             * Shape of a TaskStatus.
             * @typedef {shoal.v1.TaskStatus.$Properties} shoal.v1.TaskStatus.$Shape
             */

            /**
             * Constructs a new TaskStatus.
             * @memberof shoal.v1
             * @classdesc Represents a TaskStatus.
             * @constructor
             * @param {shoal.v1.TaskStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStatus timestamp.
             * @member {number} timestamp
             * @memberof shoal.v1.TaskStatus
             * @instance
             */
            TaskStatus.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TaskStatus state.
             * @member {number} state
             * @memberof shoal.v1.TaskStatus
             * @instance
             */
            TaskStatus.prototype.state = 0;

            /**
             * TaskStatus message.
             * @member {string} message
             * @memberof shoal.v1.TaskStatus
             * @instance
             */
            TaskStatus.prototype.message = "";

            /**
             * TaskStatus err.
             * @member {string} err
             * @memberof shoal.v1.TaskStatus
             * @instance
             */
            TaskStatus.prototype.err = "";

            /**
             * TaskStatus container.
             * @member {shoal.v1.ContainerStatus.$Properties|null|undefined} container
             * @memberof shoal.v1.TaskStatus
             * @instance
             */
            TaskStatus.prototype.container = null;

            /**
             * Creates a new TaskStatus instance using the specified properties.
             * @function create
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {shoal.v1.TaskStatus.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.TaskStatus} TaskStatus instance
             * @type {{
             *   (properties: shoal.v1.TaskStatus.$Shape): shoal.v1.TaskStatus & shoal.v1.TaskStatus.$Shape;
             *   (properties?: shoal.v1.TaskStatus.$Properties): shoal.v1.TaskStatus;
             * }}
             */
            TaskStatus.create = function(properties) {
                return new TaskStatus(properties);
            };

            /**
             * Encodes the specified TaskStatus message. Does not implicitly {@link shoal.v1.TaskStatus.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {shoal.v1.TaskStatus.$Properties} message TaskStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.err != null && $Object.hasOwnProperty.call(message, "err") && message.err !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.err);
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    $root.shoal.v1.ContainerStatus.encode(message.container, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskStatus message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.TaskStatus & shoal.v1.TaskStatus.$Shape} TaskStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.TaskStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.err = value;
                            else
                                delete message.err;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.container = $root.shoal.v1.ContainerStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.TaskStatus} TaskStatus
             */
            TaskStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.TaskStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.TaskStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.TaskStatus();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.state != null)
                    if ($Number(object.state) !== 0)
                        message.state = object.state | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.err != null)
                    if (typeof object.err !== "string" || object.err.length)
                        message.err = $String(object.err);
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw $TypeError(".shoal.v1.TaskStatus.container: object expected");
                    message.container = $root.shoal.v1.ContainerStatus.fromObject(object.container, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {shoal.v1.TaskStatus} message TaskStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = 0;
                    object.message = "";
                    object.err = "";
                    object.container = null;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.err != null && $Object.hasOwnProperty.call(message, "err"))
                    object.err = message.err;
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.shoal.v1.ContainerStatus.toObject(message.container, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TaskStatus to JSON.
             * @function toJSON
             * @memberof shoal.v1.TaskStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskStatus.prototype.toJSON = function() {
                return TaskStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskStatus
             * @function getTypeUrl
             * @memberof shoal.v1.TaskStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.TaskStatus";
            };

            return TaskStatus;
        })();

        v1.Task = (function() {

            /**
             * Properties of a Task.
             * @typedef {Object} shoal.v1.Task.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Task meta
             * @property {string|null} [serviceId] Task serviceId
             * @property {string|null} [serviceName] Task serviceName
             * @property {number|null} [slot] Task slot
             * @property {string|null} [nodeId] Task nodeId
             * @property {shoal.v1.TaskSpec.$Properties|null} [spec] Task spec
             * @property {number|null} [specVersion] Task specVersion
             * @property {number|null} [desiredState] Task desiredState
             * @property {shoal.v1.TaskStatus.$Properties|null} [status] Task status
             * @property {string|null} [pendingReason] Task pendingReason
             * @property {number|null} [restartAttempt] Task restartAttempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Task.
             * @memberof shoal.v1
             * @interface ITask
             * @augments shoal.v1.Task.$Properties
             * @deprecated Use shoal.v1.Task.$Properties instead.
             */

            /**
             * Shape of a Task.
             * @typedef {shoal.v1.Task.$Properties} shoal.v1.Task.$Shape
             */

            /**
             * Constructs a new Task.
             * @memberof shoal.v1
             * @classdesc Represents a Task.
             * @constructor
             * @param {shoal.v1.Task.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Task = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Task meta.
             * @member {shoal.v1.Meta.$Properties|null|undefined} meta
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.meta = null;

            /**
             * Task serviceId.
             * @member {string} serviceId
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.serviceId = "";

            /**
             * Task serviceName.
             * @member {string} serviceName
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.serviceName = "";

            /**
             * Task slot.
             * @member {number} slot
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Task nodeId.
             * @member {string} nodeId
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.nodeId = "";

            /**
             * Task spec.
             * @member {shoal.v1.TaskSpec.$Properties|null|undefined} spec
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.spec = null;

            /**
             * Task specVersion.
             * @member {number} specVersion
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.specVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Task desiredState.
             * @member {number} desiredState
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.desiredState = 0;

            /**
             * Task status.
             * @member {shoal.v1.TaskStatus.$Properties|null|undefined} status
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.status = null;

            /**
             * Task pendingReason.
             * @member {string} pendingReason
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.pendingReason = "";

            /**
             * Task restartAttempt.
             * @member {number} restartAttempt
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.restartAttempt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Task instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Task
             * @static
             * @param {shoal.v1.Task.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Task} Task instance
             * @type {{
             *   (properties: shoal.v1.Task.$Shape): shoal.v1.Task & shoal.v1.Task.$Shape;
             *   (properties?: shoal.v1.Task.$Properties): shoal.v1.Task;
             * }}
             */
            Task.create = function(properties) {
                return new Task(properties);
            };

            /**
             * Encodes the specified Task message. Does not implicitly {@link shoal.v1.Task.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Task
             * @static
             * @param {shoal.v1.Task.$Properties} message Task message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Task.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.shoal.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serviceId);
                if (message.serviceName != null && $Object.hasOwnProperty.call(message, "serviceName") && message.serviceName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.serviceName);
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && (typeof message.slot === "object" ? message.slot.low || message.slot.high : message.slot !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.slot);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.nodeId);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.shoal.v1.TaskSpec.encode(message.spec, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.specVersion != null && $Object.hasOwnProperty.call(message, "specVersion") && (typeof message.specVersion === "object" ? message.specVersion.low || message.specVersion.high : message.specVersion !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.specVersion);
                if (message.desiredState != null && $Object.hasOwnProperty.call(message, "desiredState") && message.desiredState !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.desiredState);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.shoal.v1.TaskStatus.encode(message.status, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.pendingReason != null && $Object.hasOwnProperty.call(message, "pendingReason") && message.pendingReason !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.pendingReason);
                if (message.restartAttempt != null && $Object.hasOwnProperty.call(message, "restartAttempt") && (typeof message.restartAttempt === "object" ? message.restartAttempt.low || message.restartAttempt.high : message.restartAttempt !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.restartAttempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Task
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Task & shoal.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Task.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Task();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.shoal.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceName = value;
                            else
                                delete message.serviceName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.shoal.v1.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.specVersion = value;
                            else
                                delete message.specVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.desiredState = value;
                            else
                                delete message.desiredState;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.shoal.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pendingReason = value;
                            else
                                delete message.pendingReason;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.restartAttempt = value;
                            else
                                delete message.restartAttempt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Task
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Task} Task
             */
            Task.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Task)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Task: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Task();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".shoal.v1.Task.meta: object expected");
                    message.meta = $root.shoal.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.serviceName != null)
                    if (typeof object.serviceName !== "string" || object.serviceName.length)
                        message.serviceName = $String(object.serviceName);
                if (object.slot != null)
                    if (typeof object.slot === "object" ? object.slot.low || object.slot.high : $Number(object.slot) !== 0)
                        if ($util.Long)
                            message.slot = $util.Long.fromValue(object.slot, true);
                        else if (typeof object.slot === "string")
                            message.slot = $parseInt(object.slot, 10);
                        else if (typeof object.slot === "number")
                            message.slot = object.slot;
                        else if (typeof object.slot === "object")
                            message.slot = new $util.LongBits(object.slot.low >>> 0, object.slot.high >>> 0).toNumber(true);
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".shoal.v1.Task.spec: object expected");
                    message.spec = $root.shoal.v1.TaskSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.specVersion != null)
                    if (typeof object.specVersion === "object" ? object.specVersion.low || object.specVersion.high : $Number(object.specVersion) !== 0)
                        if ($util.Long)
                            message.specVersion = $util.Long.fromValue(object.specVersion, true);
                        else if (typeof object.specVersion === "string")
                            message.specVersion = $parseInt(object.specVersion, 10);
                        else if (typeof object.specVersion === "number")
                            message.specVersion = object.specVersion;
                        else if (typeof object.specVersion === "object")
                            message.specVersion = new $util.LongBits(object.specVersion.low >>> 0, object.specVersion.high >>> 0).toNumber(true);
                if (object.desiredState != null)
                    if ($Number(object.desiredState) !== 0)
                        message.desiredState = object.desiredState | 0;
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".shoal.v1.Task.status: object expected");
                    message.status = $root.shoal.v1.TaskStatus.fromObject(object.status, _depth + 1);
                }
                if (object.pendingReason != null)
                    if (typeof object.pendingReason !== "string" || object.pendingReason.length)
                        message.pendingReason = $String(object.pendingReason);
                if (object.restartAttempt != null)
                    if (typeof object.restartAttempt === "object" ? object.restartAttempt.low || object.restartAttempt.high : $Number(object.restartAttempt) !== 0)
                        if ($util.Long)
                            message.restartAttempt = $util.Long.fromValue(object.restartAttempt, true);
                        else if (typeof object.restartAttempt === "string")
                            message.restartAttempt = $parseInt(object.restartAttempt, 10);
                        else if (typeof object.restartAttempt === "number")
                            message.restartAttempt = object.restartAttempt;
                        else if (typeof object.restartAttempt === "object")
                            message.restartAttempt = new $util.LongBits(object.restartAttempt.low >>> 0, object.restartAttempt.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Task
             * @static
             * @param {shoal.v1.Task} message Task
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Task.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.serviceId = "";
                    object.serviceName = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.slot = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.slot = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nodeId = "";
                    object.spec = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.specVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.specVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.desiredState = 0;
                    object.status = null;
                    object.pendingReason = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.restartAttempt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.restartAttempt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.shoal.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.serviceName != null && $Object.hasOwnProperty.call(message, "serviceName"))
                    object.serviceName = message.serviceName;
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.slot = typeof message.slot === "number" ? $BigInt(message.slot) : $util.Long.fromBits(message.slot.low >>> 0, message.slot.high >>> 0, true).toBigInt();
                    else if (typeof message.slot === "number")
                        object.slot = options.longs === $String ? $String(message.slot) : message.slot;
                    else
                        object.slot = options.longs === $String ? $util.Long.prototype.toString.call(message.slot) : options.longs === $Number ? new $util.LongBits(message.slot.low >>> 0, message.slot.high >>> 0).toNumber(true) : message.slot;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.shoal.v1.TaskSpec.toObject(message.spec, options, _depth + 1);
                if (message.specVersion != null && $Object.hasOwnProperty.call(message, "specVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.specVersion = typeof message.specVersion === "number" ? $BigInt(message.specVersion) : $util.Long.fromBits(message.specVersion.low >>> 0, message.specVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.specVersion === "number")
                        object.specVersion = options.longs === $String ? $String(message.specVersion) : message.specVersion;
                    else
                        object.specVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.specVersion) : options.longs === $Number ? new $util.LongBits(message.specVersion.low >>> 0, message.specVersion.high >>> 0).toNumber(true) : message.specVersion;
                if (message.desiredState != null && $Object.hasOwnProperty.call(message, "desiredState"))
                    object.desiredState = message.desiredState;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.shoal.v1.TaskStatus.toObject(message.status, options, _depth + 1);
                if (message.pendingReason != null && $Object.hasOwnProperty.call(message, "pendingReason"))
                    object.pendingReason = message.pendingReason;
                if (message.restartAttempt != null && $Object.hasOwnProperty.call(message, "restartAttempt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.restartAttempt = typeof message.restartAttempt === "number" ? $BigInt(message.restartAttempt) : $util.Long.fromBits(message.restartAttempt.low >>> 0, message.restartAttempt.high >>> 0, true).toBigInt();
                    else if (typeof message.restartAttempt === "number")
                        object.restartAttempt = options.longs === $String ? $String(message.restartAttempt) : message.restartAttempt;
                    else
                        object.restartAttempt = options.longs === $String ? $util.Long.prototype.toString.call(message.restartAttempt) : options.longs === $Number ? new $util.LongBits(message.restartAttempt.low >>> 0, message.restartAttempt.high >>> 0).toNumber(true) : message.restartAttempt;
                return object;
            };

            /**
             * Converts this Task to JSON.
             * @function toJSON
             * @memberof shoal.v1.Task
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Task.prototype.toJSON = function() {
                return Task.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Task
             * @function getTypeUrl
             * @memberof shoal.v1.Task
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Task.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Task";
            };

            return Task;
        })();

        v1.JoinTokens = (function() {

            /**
             * Properties of a JoinTokens.
             * @typedef {Object} shoal.v1.JoinTokens.$Properties
             * @property {string|null} [worker] JoinTokens worker
             * @property {string|null} [manager] JoinTokens manager
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinTokens.
             * @memberof shoal.v1
             * @interface IJoinTokens
             * @augments shoal.v1.JoinTokens.$Properties
             * @deprecated Use shoal.v1.JoinTokens.$Properties instead.
             */

            /**
             * Shape of a JoinTokens.
             * @typedef {shoal.v1.JoinTokens.$Properties} shoal.v1.JoinTokens.$Shape
             */

            /**
             * Constructs a new JoinTokens.
             * @memberof shoal.v1
             * @classdesc Represents a JoinTokens.
             * @constructor
             * @param {shoal.v1.JoinTokens.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var JoinTokens = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinTokens worker.
             * @member {string} worker
             * @memberof shoal.v1.JoinTokens
             * @instance
             */
            JoinTokens.prototype.worker = "";

            /**
             * JoinTokens manager.
             * @member {string} manager
             * @memberof shoal.v1.JoinTokens
             * @instance
             */
            JoinTokens.prototype.manager = "";

            /**
             * Creates a new JoinTokens instance using the specified properties.
             * @function create
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {shoal.v1.JoinTokens.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.JoinTokens} JoinTokens instance
             * @type {{
             *   (properties: shoal.v1.JoinTokens.$Shape): shoal.v1.JoinTokens & shoal.v1.JoinTokens.$Shape;
             *   (properties?: shoal.v1.JoinTokens.$Properties): shoal.v1.JoinTokens;
             * }}
             */
            JoinTokens.create = function(properties) {
                return new JoinTokens(properties);
            };

            /**
             * Encodes the specified JoinTokens message. Does not implicitly {@link shoal.v1.JoinTokens.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {shoal.v1.JoinTokens.$Properties} message JoinTokens message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinTokens.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.worker);
                if (message.manager != null && $Object.hasOwnProperty.call(message, "manager") && message.manager !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.manager);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinTokens message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.JoinTokens & shoal.v1.JoinTokens.$Shape} JoinTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinTokens.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.JoinTokens();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.manager = value;
                            else
                                delete message.manager;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a JoinTokens message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.JoinTokens} JoinTokens
             */
            JoinTokens.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.JoinTokens)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.JoinTokens: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.JoinTokens();
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.manager != null)
                    if (typeof object.manager !== "string" || object.manager.length)
                        message.manager = $String(object.manager);
                return message;
            };

            /**
             * Creates a plain object from a JoinTokens message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {shoal.v1.JoinTokens} message JoinTokens
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinTokens.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.worker = "";
                    object.manager = "";
                }
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.manager != null && $Object.hasOwnProperty.call(message, "manager"))
                    object.manager = message.manager;
                return object;
            };

            /**
             * Converts this JoinTokens to JSON.
             * @function toJSON
             * @memberof shoal.v1.JoinTokens
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinTokens.prototype.toJSON = function() {
                return JoinTokens.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JoinTokens
             * @function getTypeUrl
             * @memberof shoal.v1.JoinTokens
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JoinTokens.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.JoinTokens";
            };

            return JoinTokens;
        })();

        v1.ClusterSpec = (function() {

            /**
             * Properties of a ClusterSpec.
             * @typedef {Object} shoal.v1.ClusterSpec.$Properties
             * @property {shoal.v1.Annotations.$Properties|null} [annotations] ClusterSpec annotations
             * @property {number|null} [heartbeatPeriodMs] ClusterSpec heartbeatPeriodMs
             * @property {number|null} [nodeCertExpiryMs] ClusterSpec nodeCertExpiryMs
             * @property {number|null} [taskHistoryLimit] ClusterSpec taskHistoryLimit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterSpec.
             * @memberof shoal.v1
             * @interface IClusterSpec
             * @augments shoal.v1.ClusterSpec.$Properties
             * @deprecated Use shoal.v1.ClusterSpec.$Properties instead.
             */

            /**
             * Shape of a ClusterSpec.
             * @typedef {shoal.v1.ClusterSpec.$Properties} shoal.v1.ClusterSpec.$Shape
             */

            /**
             * Constructs a new ClusterSpec.
             * @memberof shoal.v1
             * @classdesc Represents a ClusterSpec.
             * @constructor
             * @param {shoal.v1.ClusterSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClusterSpec = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClusterSpec annotations.
             * @member {shoal.v1.Annotations.$Properties|null|undefined} annotations
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.annotations = null;

            /**
             * ClusterSpec heartbeatPeriodMs.
             * @member {number} heartbeatPeriodMs
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.heartbeatPeriodMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClusterSpec nodeCertExpiryMs.
             * @member {number} nodeCertExpiryMs
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.nodeCertExpiryMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClusterSpec taskHistoryLimit.
             * @member {number} taskHistoryLimit
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.taskHistoryLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ClusterSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {shoal.v1.ClusterSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ClusterSpec} ClusterSpec instance
             * @type {{
             *   (properties: shoal.v1.ClusterSpec.$Shape): shoal.v1.ClusterSpec & shoal.v1.ClusterSpec.$Shape;
             *   (properties?: shoal.v1.ClusterSpec.$Properties): shoal.v1.ClusterSpec;
             * }}
             */
            ClusterSpec.create = function(properties) {
                return new ClusterSpec(properties);
            };

            /**
             * Encodes the specified ClusterSpec message. Does not implicitly {@link shoal.v1.ClusterSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {shoal.v1.ClusterSpec.$Properties} message ClusterSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    $root.shoal.v1.Annotations.encode(message.annotations, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.heartbeatPeriodMs != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodMs") && (typeof message.heartbeatPeriodMs === "object" ? message.heartbeatPeriodMs.low || message.heartbeatPeriodMs.high : message.heartbeatPeriodMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.heartbeatPeriodMs);
                if (message.nodeCertExpiryMs != null && $Object.hasOwnProperty.call(message, "nodeCertExpiryMs") && (typeof message.nodeCertExpiryMs === "object" ? message.nodeCertExpiryMs.low || message.nodeCertExpiryMs.high : message.nodeCertExpiryMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.nodeCertExpiryMs);
                if (message.taskHistoryLimit != null && $Object.hasOwnProperty.call(message, "taskHistoryLimit") && (typeof message.taskHistoryLimit === "object" ? message.taskHistoryLimit.low || message.taskHistoryLimit.high : message.taskHistoryLimit !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.taskHistoryLimit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClusterSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ClusterSpec & shoal.v1.ClusterSpec.$Shape} ClusterSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ClusterSpec();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.annotations = $root.shoal.v1.Annotations.decode(reader, reader.size(), $undefined, _depth + 1, message.annotations);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeatPeriodMs = value;
                            else
                                delete message.heartbeatPeriodMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeCertExpiryMs = value;
                            else
                                delete message.nodeCertExpiryMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.taskHistoryLimit = value;
                            else
                                delete message.taskHistoryLimit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ClusterSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ClusterSpec} ClusterSpec
             */
            ClusterSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ClusterSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ClusterSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ClusterSpec();
                if (object.annotations != null) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".shoal.v1.ClusterSpec.annotations: object expected");
                    message.annotations = $root.shoal.v1.Annotations.fromObject(object.annotations, _depth + 1);
                }
                if (object.heartbeatPeriodMs != null)
                    if (typeof object.heartbeatPeriodMs === "object" ? object.heartbeatPeriodMs.low || object.heartbeatPeriodMs.high : $Number(object.heartbeatPeriodMs) !== 0)
                        if ($util.Long)
                            message.heartbeatPeriodMs = $util.Long.fromValue(object.heartbeatPeriodMs, false);
                        else if (typeof object.heartbeatPeriodMs === "string")
                            message.heartbeatPeriodMs = $parseInt(object.heartbeatPeriodMs, 10);
                        else if (typeof object.heartbeatPeriodMs === "number")
                            message.heartbeatPeriodMs = object.heartbeatPeriodMs;
                        else if (typeof object.heartbeatPeriodMs === "object")
                            message.heartbeatPeriodMs = new $util.LongBits(object.heartbeatPeriodMs.low >>> 0, object.heartbeatPeriodMs.high >>> 0).toNumber();
                if (object.nodeCertExpiryMs != null)
                    if (typeof object.nodeCertExpiryMs === "object" ? object.nodeCertExpiryMs.low || object.nodeCertExpiryMs.high : $Number(object.nodeCertExpiryMs) !== 0)
                        if ($util.Long)
                            message.nodeCertExpiryMs = $util.Long.fromValue(object.nodeCertExpiryMs, false);
                        else if (typeof object.nodeCertExpiryMs === "string")
                            message.nodeCertExpiryMs = $parseInt(object.nodeCertExpiryMs, 10);
                        else if (typeof object.nodeCertExpiryMs === "number")
                            message.nodeCertExpiryMs = object.nodeCertExpiryMs;
                        else if (typeof object.nodeCertExpiryMs === "object")
                            message.nodeCertExpiryMs = new $util.LongBits(object.nodeCertExpiryMs.low >>> 0, object.nodeCertExpiryMs.high >>> 0).toNumber();
                if (object.taskHistoryLimit != null)
                    if (typeof object.taskHistoryLimit === "object" ? object.taskHistoryLimit.low || object.taskHistoryLimit.high : $Number(object.taskHistoryLimit) !== 0)
                        if ($util.Long)
                            message.taskHistoryLimit = $util.Long.fromValue(object.taskHistoryLimit, true);
                        else if (typeof object.taskHistoryLimit === "string")
                            message.taskHistoryLimit = $parseInt(object.taskHistoryLimit, 10);
                        else if (typeof object.taskHistoryLimit === "number")
                            message.taskHistoryLimit = object.taskHistoryLimit;
                        else if (typeof object.taskHistoryLimit === "object")
                            message.taskHistoryLimit = new $util.LongBits(object.taskHistoryLimit.low >>> 0, object.taskHistoryLimit.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ClusterSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {shoal.v1.ClusterSpec} message ClusterSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.annotations = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.heartbeatPeriodMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heartbeatPeriodMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.nodeCertExpiryMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nodeCertExpiryMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.taskHistoryLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.taskHistoryLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    object.annotations = $root.shoal.v1.Annotations.toObject(message.annotations, options, _depth + 1);
                if (message.heartbeatPeriodMs != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heartbeatPeriodMs = typeof message.heartbeatPeriodMs === "number" ? $BigInt(message.heartbeatPeriodMs) : $util.Long.fromBits(message.heartbeatPeriodMs.low >>> 0, message.heartbeatPeriodMs.high >>> 0, false).toBigInt();
                    else if (typeof message.heartbeatPeriodMs === "number")
                        object.heartbeatPeriodMs = options.longs === $String ? $String(message.heartbeatPeriodMs) : message.heartbeatPeriodMs;
                    else
                        object.heartbeatPeriodMs = options.longs === $String ? $util.Long.prototype.toString.call(message.heartbeatPeriodMs) : options.longs === $Number ? new $util.LongBits(message.heartbeatPeriodMs.low >>> 0, message.heartbeatPeriodMs.high >>> 0).toNumber() : message.heartbeatPeriodMs;
                if (message.nodeCertExpiryMs != null && $Object.hasOwnProperty.call(message, "nodeCertExpiryMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nodeCertExpiryMs = typeof message.nodeCertExpiryMs === "number" ? $BigInt(message.nodeCertExpiryMs) : $util.Long.fromBits(message.nodeCertExpiryMs.low >>> 0, message.nodeCertExpiryMs.high >>> 0, false).toBigInt();
                    else if (typeof message.nodeCertExpiryMs === "number")
                        object.nodeCertExpiryMs = options.longs === $String ? $String(message.nodeCertExpiryMs) : message.nodeCertExpiryMs;
                    else
                        object.nodeCertExpiryMs = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeCertExpiryMs) : options.longs === $Number ? new $util.LongBits(message.nodeCertExpiryMs.low >>> 0, message.nodeCertExpiryMs.high >>> 0).toNumber() : message.nodeCertExpiryMs;
                if (message.taskHistoryLimit != null && $Object.hasOwnProperty.call(message, "taskHistoryLimit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.taskHistoryLimit = typeof message.taskHistoryLimit === "number" ? $BigInt(message.taskHistoryLimit) : $util.Long.fromBits(message.taskHistoryLimit.low >>> 0, message.taskHistoryLimit.high >>> 0, true).toBigInt();
                    else if (typeof message.taskHistoryLimit === "number")
                        object.taskHistoryLimit = options.longs === $String ? $String(message.taskHistoryLimit) : message.taskHistoryLimit;
                    else
                        object.taskHistoryLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.taskHistoryLimit) : options.longs === $Number ? new $util.LongBits(message.taskHistoryLimit.low >>> 0, message.taskHistoryLimit.high >>> 0).toNumber(true) : message.taskHistoryLimit;
                return object;
            };

            /**
             * Converts this ClusterSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.ClusterSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterSpec.prototype.toJSON = function() {
                return ClusterSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterSpec
             * @function getTypeUrl
             * @memberof shoal.v1.ClusterSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ClusterSpec";
            };

            return ClusterSpec;
        })();

        v1.Cluster = (function() {

            /**
             * Properties of a Cluster.
             * @typedef {Object} shoal.v1.Cluster.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Cluster meta
             * @property {shoal.v1.ClusterSpec.$Properties|null} [spec] Cluster spec
             * @property {shoal.v1.JoinTokens.$Properties|null} [joinTokens] Cluster joinTokens
             * @property {string|null} [rootCaCertPem] Cluster rootCaCertPem
             * @property {string|null} [rootCaKeyPem] Cluster rootCaKeyPem
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cluster.
             * @memberof shoal.v1
             * @interface ICluster
             * @augments shoal.v1.Cluster.$Properties
             * @deprecated Use shoal.v1.Cluster.$Properties instead.
             */

            /**
             * Shape of a Cluster.
             * @typedef {shoal.v1.Cluster.$Properties} shoal.v1.Cluster.$Shape
             */

            /**
             * Constructs a new Cluster.
             * @memberof shoal.v1
             * @classdesc Represents a Cluster.
             * @constructor
             * @param {shoal.v1.Cluster.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Cluster = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cluster meta.
             * @member {shoal.v1.Meta.$Properties|null|undefined} meta
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.meta = null;

            /**
             * Cluster spec.
             * @member {shoal.v1.ClusterSpec.$Properties|null|undefined} spec
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.spec = null;

            /**
             * Cluster joinTokens.
             * @member {shoal.v1.JoinTokens.$Properties|null|undefined} joinTokens
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.joinTokens = null;

            /**
             * Cluster rootCaCertPem.
             * @member {string} rootCaCertPem
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.rootCaCertPem = "";

            /**
             * Cluster rootCaKeyPem.
             * @member {string} rootCaKeyPem
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.rootCaKeyPem = "";

            /**
             * Creates a new Cluster instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Cluster
             * @static
             * @param {shoal.v1.Cluster.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Cluster} Cluster instance
             * @type {{
             *   (properties: shoal.v1.Cluster.$Shape): shoal.v1.Cluster & shoal.v1.Cluster.$Shape;
             *   (properties?: shoal.v1.Cluster.$Properties): shoal.v1.Cluster;
             * }}
             */
            Cluster.create = function(properties) {
                return new Cluster(properties);
            };

            /**
             * Encodes the specified Cluster message. Does not implicitly {@link shoal.v1.Cluster.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Cluster
             * @static
             * @param {shoal.v1.Cluster.$Properties} message Cluster message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cluster.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.shoal.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.shoal.v1.ClusterSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.joinTokens != null && $Object.hasOwnProperty.call(message, "joinTokens"))
                    $root.shoal.v1.JoinTokens.encode(message.joinTokens, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.rootCaCertPem != null && $Object.hasOwnProperty.call(message, "rootCaCertPem") && message.rootCaCertPem !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rootCaCertPem);
                if (message.rootCaKeyPem != null && $Object.hasOwnProperty.call(message, "rootCaKeyPem") && message.rootCaKeyPem !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rootCaKeyPem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cluster message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Cluster
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Cluster & shoal.v1.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cluster.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.Cluster();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.shoal.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.shoal.v1.ClusterSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.joinTokens = $root.shoal.v1.JoinTokens.decode(reader, reader.size(), $undefined, _depth + 1, message.joinTokens);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rootCaCertPem = value;
                            else
                                delete message.rootCaCertPem;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rootCaKeyPem = value;
                            else
                                delete message.rootCaKeyPem;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Cluster message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Cluster
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Cluster} Cluster
             */
            Cluster.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Cluster)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Cluster: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Cluster();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".shoal.v1.Cluster.meta: object expected");
                    message.meta = $root.shoal.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".shoal.v1.Cluster.spec: object expected");
                    message.spec = $root.shoal.v1.ClusterSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.joinTokens != null) {
                    if (!$util.isObject(object.joinTokens))
                        throw $TypeError(".shoal.v1.Cluster.joinTokens: object expected");
                    message.joinTokens = $root.shoal.v1.JoinTokens.fromObject(object.joinTokens, _depth + 1);
                }
                if (object.rootCaCertPem != null)
                    if (typeof object.rootCaCertPem !== "string" || object.rootCaCertPem.length)
                        message.rootCaCertPem = $String(object.rootCaCertPem);
                if (object.rootCaKeyPem != null)
                    if (typeof object.rootCaKeyPem !== "string" || object.rootCaKeyPem.length)
                        message.rootCaKeyPem = $String(object.rootCaKeyPem);
                return message;
            };

            /**
             * Creates a plain object from a Cluster message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Cluster
             * @static
             * @param {shoal.v1.Cluster} message Cluster
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cluster.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.spec = null;
                    object.joinTokens = null;
                    object.rootCaCertPem = "";
                    object.rootCaKeyPem = "";
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.shoal.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.shoal.v1.ClusterSpec.toObject(message.spec, options, _depth + 1);
                if (message.joinTokens != null && $Object.hasOwnProperty.call(message, "joinTokens"))
                    object.joinTokens = $root.shoal.v1.JoinTokens.toObject(message.joinTokens, options, _depth + 1);
                if (message.rootCaCertPem != null && $Object.hasOwnProperty.call(message, "rootCaCertPem"))
                    object.rootCaCertPem = message.rootCaCertPem;
                if (message.rootCaKeyPem != null && $Object.hasOwnProperty.call(message, "rootCaKeyPem"))
                    object.rootCaKeyPem = message.rootCaKeyPem;
                return object;
            };

            /**
             * Converts this Cluster to JSON.
             * @function toJSON
             * @memberof shoal.v1.Cluster
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cluster.prototype.toJSON = function() {
                return Cluster.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cluster
             * @function getTypeUrl
             * @memberof shoal.v1.Cluster
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cluster.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Cluster";
            };

            return Cluster;
        })();

        return v1;
    })();

    return shoal;
})();

module.exports = $root;
