/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

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

        v1.LogBroker = (function() {

            /**
             * Constructs a new LogBroker service.
             * @memberof shoal.v1
             * @classdesc Represents a LogBroker
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var LogBroker = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(LogBroker.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: LogBroker, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new LogBroker service using the specified rpc implementation.
             * @function create
             * @memberof shoal.v1.LogBroker
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {LogBroker} RPC service. Useful where requests and/or responses are streamed.
             */
            LogBroker.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link shoal.v1.LogBroker#listenSubscriptions}.
             * @memberof shoal.v1.LogBroker
             * @typedef ListenSubscriptionsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.SubscriptionMessage} [response] SubscriptionMessage
             */

            /**
             * Calls ListenSubscriptions.
             * @memberof shoal.v1.LogBroker
             * @typedef ListenSubscriptions
             * @type {{
             *   (request: shoal.v1.IListenSubscriptionsRequest, callback: shoal.v1.LogBroker.ListenSubscriptionsCallback): void;
             *   (request: shoal.v1.IListenSubscriptionsRequest): Promise<shoal.v1.SubscriptionMessage>;
             *   readonly name: "ListenSubscriptions";
             *   readonly path: "/shoal.v1.LogBroker/ListenSubscriptions";
             *   readonly requestType: "ListenSubscriptionsRequest";
             *   readonly responseType: "SubscriptionMessage";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls ListenSubscriptions.
             * @name shoal.v1.LogBroker#listenSubscriptions
             * @type {shoal.v1.LogBroker.ListenSubscriptions}
             */
            $Object.defineProperties(LogBroker.prototype.listenSubscriptions = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, LogBroker.prototype.listenSubscriptions, $root.shoal.v1.ListenSubscriptionsRequest, $root.shoal.v1.SubscriptionMessage, request, callback);
            }, {
                name: { value: "ListenSubscriptions" },
                path: { value: "/shoal.v1.LogBroker/ListenSubscriptions" },
                requestType: { value: "ListenSubscriptionsRequest" },
                responseType: { value: "SubscriptionMessage" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link shoal.v1.LogBroker#publishLogs}.
             * @memberof shoal.v1.LogBroker
             * @typedef PublishLogsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.PublishLogsResponse} [response] PublishLogsResponse
             */

            /**
             * Calls PublishLogs.
             * @memberof shoal.v1.LogBroker
             * @typedef PublishLogs
             * @type {{
             *   (request: shoal.v1.IPublishLogsMessage, callback: shoal.v1.LogBroker.PublishLogsCallback): void;
             *   (request: shoal.v1.IPublishLogsMessage): Promise<shoal.v1.PublishLogsResponse>;
             *   readonly name: "PublishLogs";
             *   readonly path: "/shoal.v1.LogBroker/PublishLogs";
             *   readonly requestType: "PublishLogsMessage";
             *   readonly responseType: "PublishLogsResponse";
             *   readonly requestStream: true;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls PublishLogs.
             * @name shoal.v1.LogBroker#publishLogs
             * @type {shoal.v1.LogBroker.PublishLogs}
             */
            $Object.defineProperties(LogBroker.prototype.publishLogs = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, LogBroker.prototype.publishLogs, $root.shoal.v1.PublishLogsMessage, $root.shoal.v1.PublishLogsResponse, request, callback);
            }, {
                name: { value: "PublishLogs" },
                path: { value: "/shoal.v1.LogBroker/PublishLogs" },
                requestType: { value: "PublishLogsMessage" },
                responseType: { value: "PublishLogsResponse" },
                requestStream: { value: true },
                responseStream: { value: $undefined }
            });

            return LogBroker;
        })();

        v1.ListenSubscriptionsRequest = (function() {

            /**
             * Properties of a ListenSubscriptionsRequest.
             * @typedef {Object} shoal.v1.ListenSubscriptionsRequest.$Properties
             * @property {string|null} [sessionId] ListenSubscriptionsRequest sessionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListenSubscriptionsRequest.
             * @memberof shoal.v1
             * @interface IListenSubscriptionsRequest
             * @augments shoal.v1.ListenSubscriptionsRequest.$Properties
             * @deprecated Use shoal.v1.ListenSubscriptionsRequest.$Properties instead.
             */

            /**
             * Shape of a ListenSubscriptionsRequest.
             * @typedef {shoal.v1.ListenSubscriptionsRequest.$Properties} shoal.v1.ListenSubscriptionsRequest.$Shape
             */

            /**
             * Constructs a new ListenSubscriptionsRequest.
             * @memberof shoal.v1
             * @classdesc Represents a ListenSubscriptionsRequest.
             * @constructor
             * @param {shoal.v1.ListenSubscriptionsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListenSubscriptionsRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListenSubscriptionsRequest sessionId.
             * @member {string} sessionId
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @instance
             */
            ListenSubscriptionsRequest.prototype.sessionId = "";

            /**
             * Creates a new ListenSubscriptionsRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {shoal.v1.ListenSubscriptionsRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ListenSubscriptionsRequest} ListenSubscriptionsRequest instance
             * @type {{
             *   (properties: shoal.v1.ListenSubscriptionsRequest.$Shape): shoal.v1.ListenSubscriptionsRequest & shoal.v1.ListenSubscriptionsRequest.$Shape;
             *   (properties?: shoal.v1.ListenSubscriptionsRequest.$Properties): shoal.v1.ListenSubscriptionsRequest;
             * }}
             */
            ListenSubscriptionsRequest.create = function(properties) {
                return new ListenSubscriptionsRequest(properties);
            };

            /**
             * Encodes the specified ListenSubscriptionsRequest message. Does not implicitly {@link shoal.v1.ListenSubscriptionsRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {shoal.v1.ListenSubscriptionsRequest.$Properties} message ListenSubscriptionsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListenSubscriptionsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListenSubscriptionsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ListenSubscriptionsRequest & shoal.v1.ListenSubscriptionsRequest.$Shape} ListenSubscriptionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListenSubscriptionsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ListenSubscriptionsRequest();
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
                                message.sessionId = value;
                            else
                                delete message.sessionId;
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
             * Creates a ListenSubscriptionsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ListenSubscriptionsRequest} ListenSubscriptionsRequest
             */
            ListenSubscriptionsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ListenSubscriptionsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ListenSubscriptionsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ListenSubscriptionsRequest();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                return message;
            };

            /**
             * Creates a plain object from a ListenSubscriptionsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {shoal.v1.ListenSubscriptionsRequest} message ListenSubscriptionsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListenSubscriptionsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.sessionId = "";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                return object;
            };

            /**
             * Converts this ListenSubscriptionsRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListenSubscriptionsRequest.prototype.toJSON = function() {
                return ListenSubscriptionsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListenSubscriptionsRequest
             * @function getTypeUrl
             * @memberof shoal.v1.ListenSubscriptionsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListenSubscriptionsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ListenSubscriptionsRequest";
            };

            return ListenSubscriptionsRequest;
        })();

        v1.LogSubscriptionOptions = (function() {

            /**
             * Properties of a LogSubscriptionOptions.
             * @typedef {Object} shoal.v1.LogSubscriptionOptions.$Properties
             * @property {boolean|null} [follow] LogSubscriptionOptions follow
             * @property {number|null} [tail] LogSubscriptionOptions tail
             * @property {number|null} [sinceMs] LogSubscriptionOptions sinceMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogSubscriptionOptions.
             * @memberof shoal.v1
             * @interface ILogSubscriptionOptions
             * @augments shoal.v1.LogSubscriptionOptions.$Properties
             * @deprecated Use shoal.v1.LogSubscriptionOptions.$Properties instead.
             */

            /**
             * Shape of a LogSubscriptionOptions.
             * @typedef {shoal.v1.LogSubscriptionOptions.$Properties} shoal.v1.LogSubscriptionOptions.$Shape
             */

            /**
             * Constructs a new LogSubscriptionOptions.
             * @memberof shoal.v1
             * @classdesc Represents a LogSubscriptionOptions.
             * @constructor
             * @param {shoal.v1.LogSubscriptionOptions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LogSubscriptionOptions = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogSubscriptionOptions follow.
             * @member {boolean} follow
             * @memberof shoal.v1.LogSubscriptionOptions
             * @instance
             */
            LogSubscriptionOptions.prototype.follow = false;

            /**
             * LogSubscriptionOptions tail.
             * @member {number} tail
             * @memberof shoal.v1.LogSubscriptionOptions
             * @instance
             */
            LogSubscriptionOptions.prototype.tail = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LogSubscriptionOptions sinceMs.
             * @member {number} sinceMs
             * @memberof shoal.v1.LogSubscriptionOptions
             * @instance
             */
            LogSubscriptionOptions.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LogSubscriptionOptions instance using the specified properties.
             * @function create
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {shoal.v1.LogSubscriptionOptions.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.LogSubscriptionOptions} LogSubscriptionOptions instance
             * @type {{
             *   (properties: shoal.v1.LogSubscriptionOptions.$Shape): shoal.v1.LogSubscriptionOptions & shoal.v1.LogSubscriptionOptions.$Shape;
             *   (properties?: shoal.v1.LogSubscriptionOptions.$Properties): shoal.v1.LogSubscriptionOptions;
             * }}
             */
            LogSubscriptionOptions.create = function(properties) {
                return new LogSubscriptionOptions(properties);
            };

            /**
             * Encodes the specified LogSubscriptionOptions message. Does not implicitly {@link shoal.v1.LogSubscriptionOptions.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {shoal.v1.LogSubscriptionOptions.$Properties} message LogSubscriptionOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogSubscriptionOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.follow);
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail") && (typeof message.tail === "object" ? message.tail.low || message.tail.high : message.tail !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.tail);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.sinceMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogSubscriptionOptions message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.LogSubscriptionOptions & shoal.v1.LogSubscriptionOptions.$Shape} LogSubscriptionOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogSubscriptionOptions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.LogSubscriptionOptions();
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
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.tail = value;
                            else
                                delete message.tail;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
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
             * Creates a LogSubscriptionOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.LogSubscriptionOptions} LogSubscriptionOptions
             */
            LogSubscriptionOptions.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.LogSubscriptionOptions)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.LogSubscriptionOptions: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.LogSubscriptionOptions();
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.tail != null)
                    if (typeof object.tail === "object" ? object.tail.low || object.tail.high : $Number(object.tail) !== 0)
                        if ($util.Long)
                            message.tail = $util.Long.fromValue(object.tail, false);
                        else if (typeof object.tail === "string")
                            message.tail = $parseInt(object.tail, 10);
                        else if (typeof object.tail === "number")
                            message.tail = object.tail;
                        else if (typeof object.tail === "object")
                            message.tail = new $util.LongBits(object.tail.low >>> 0, object.tail.high >>> 0).toNumber();
                if (object.sinceMs != null)
                    if (typeof object.sinceMs === "object" ? object.sinceMs.low || object.sinceMs.high : $Number(object.sinceMs) !== 0)
                        if ($util.Long)
                            message.sinceMs = $util.Long.fromValue(object.sinceMs, false);
                        else if (typeof object.sinceMs === "string")
                            message.sinceMs = $parseInt(object.sinceMs, 10);
                        else if (typeof object.sinceMs === "number")
                            message.sinceMs = object.sinceMs;
                        else if (typeof object.sinceMs === "object")
                            message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a LogSubscriptionOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {shoal.v1.LogSubscriptionOptions} message LogSubscriptionOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogSubscriptionOptions.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.follow = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.tail = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tail = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.sinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tail = typeof message.tail === "number" ? $BigInt(message.tail) : $util.Long.fromBits(message.tail.low >>> 0, message.tail.high >>> 0, false).toBigInt();
                    else if (typeof message.tail === "number")
                        object.tail = options.longs === $String ? $String(message.tail) : message.tail;
                    else
                        object.tail = options.longs === $String ? $util.Long.prototype.toString.call(message.tail) : options.longs === $Number ? new $util.LongBits(message.tail.low >>> 0, message.tail.high >>> 0).toNumber() : message.tail;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber() : message.sinceMs;
                return object;
            };

            /**
             * Converts this LogSubscriptionOptions to JSON.
             * @function toJSON
             * @memberof shoal.v1.LogSubscriptionOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogSubscriptionOptions.prototype.toJSON = function() {
                return LogSubscriptionOptions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogSubscriptionOptions
             * @function getTypeUrl
             * @memberof shoal.v1.LogSubscriptionOptions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogSubscriptionOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.LogSubscriptionOptions";
            };

            return LogSubscriptionOptions;
        })();

        v1.SubscriptionMessage = (function() {

            /**
             * Properties of a SubscriptionMessage.
             * @typedef {Object} shoal.v1.SubscriptionMessage.$Properties
             * @property {string|null} [id] SubscriptionMessage id
             * @property {Array.<string>|null} [taskIds] SubscriptionMessage taskIds
             * @property {shoal.v1.LogSubscriptionOptions.$Properties|null} [options] SubscriptionMessage options
             * @property {boolean|null} [close] SubscriptionMessage close
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscriptionMessage.
             * @memberof shoal.v1
             * @interface ISubscriptionMessage
             * @augments shoal.v1.SubscriptionMessage.$Properties
             * @deprecated Use shoal.v1.SubscriptionMessage.$Properties instead.
             */

            /**
             * Shape of a SubscriptionMessage.
             * @typedef {shoal.v1.SubscriptionMessage.$Properties} shoal.v1.SubscriptionMessage.$Shape
             */

            /**
             * Constructs a new SubscriptionMessage.
             * @memberof shoal.v1
             * @classdesc Represents a SubscriptionMessage.
             * @constructor
             * @param {shoal.v1.SubscriptionMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubscriptionMessage = function (properties) {
                this.taskIds = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscriptionMessage id.
             * @member {string} id
             * @memberof shoal.v1.SubscriptionMessage
             * @instance
             */
            SubscriptionMessage.prototype.id = "";

            /**
             * SubscriptionMessage taskIds.
             * @member {Array.<string>} taskIds
             * @memberof shoal.v1.SubscriptionMessage
             * @instance
             */
            SubscriptionMessage.prototype.taskIds = $util.emptyArray;

            /**
             * SubscriptionMessage options.
             * @member {shoal.v1.LogSubscriptionOptions.$Properties|null|undefined} options
             * @memberof shoal.v1.SubscriptionMessage
             * @instance
             */
            SubscriptionMessage.prototype.options = null;

            /**
             * SubscriptionMessage close.
             * @member {boolean} close
             * @memberof shoal.v1.SubscriptionMessage
             * @instance
             */
            SubscriptionMessage.prototype.close = false;

            /**
             * Creates a new SubscriptionMessage instance using the specified properties.
             * @function create
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {shoal.v1.SubscriptionMessage.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.SubscriptionMessage} SubscriptionMessage instance
             * @type {{
             *   (properties: shoal.v1.SubscriptionMessage.$Shape): shoal.v1.SubscriptionMessage & shoal.v1.SubscriptionMessage.$Shape;
             *   (properties?: shoal.v1.SubscriptionMessage.$Properties): shoal.v1.SubscriptionMessage;
             * }}
             */
            SubscriptionMessage.create = function(properties) {
                return new SubscriptionMessage(properties);
            };

            /**
             * Encodes the specified SubscriptionMessage message. Does not implicitly {@link shoal.v1.SubscriptionMessage.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {shoal.v1.SubscriptionMessage.$Properties} message SubscriptionMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscriptionMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.taskIds != null && message.taskIds.length)
                    for (var i = 0; i < message.taskIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.taskIds[i]);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.shoal.v1.LogSubscriptionOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close") && message.close !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.close);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscriptionMessage message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.SubscriptionMessage & shoal.v1.SubscriptionMessage.$Shape} SubscriptionMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscriptionMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.SubscriptionMessage();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.taskIds && message.taskIds.length))
                                message.taskIds = [];
                            message.taskIds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.shoal.v1.LogSubscriptionOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.close = value;
                            else
                                delete message.close;
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
             * Creates a SubscriptionMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.SubscriptionMessage} SubscriptionMessage
             */
            SubscriptionMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.SubscriptionMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.SubscriptionMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.SubscriptionMessage();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.taskIds) {
                    if (!$Array.isArray(object.taskIds))
                        throw $TypeError(".shoal.v1.SubscriptionMessage.taskIds: array expected");
                    message.taskIds = $Array(object.taskIds.length);
                    for (var i = 0; i < object.taskIds.length; ++i)
                        message.taskIds[i] = $String(object.taskIds[i]);
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".shoal.v1.SubscriptionMessage.options: object expected");
                    message.options = $root.shoal.v1.LogSubscriptionOptions.fromObject(object.options, _depth + 1);
                }
                if (object.close != null)
                    if (object.close)
                        message.close = $Boolean(object.close);
                return message;
            };

            /**
             * Creates a plain object from a SubscriptionMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {shoal.v1.SubscriptionMessage} message SubscriptionMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscriptionMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.taskIds = [];
                if (options.defaults) {
                    object.id = "";
                    object.options = null;
                    object.close = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.taskIds && message.taskIds.length) {
                    object.taskIds = $Array(message.taskIds.length);
                    for (var j = 0; j < message.taskIds.length; ++j)
                        object.taskIds[j] = message.taskIds[j];
                }
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.shoal.v1.LogSubscriptionOptions.toObject(message.options, options, _depth + 1);
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    object.close = message.close;
                return object;
            };

            /**
             * Converts this SubscriptionMessage to JSON.
             * @function toJSON
             * @memberof shoal.v1.SubscriptionMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscriptionMessage.prototype.toJSON = function() {
                return SubscriptionMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscriptionMessage
             * @function getTypeUrl
             * @memberof shoal.v1.SubscriptionMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscriptionMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.SubscriptionMessage";
            };

            return SubscriptionMessage;
        })();

        v1.LogLine = (function() {

            /**
             * Properties of a LogLine.
             * @typedef {Object} shoal.v1.LogLine.$Properties
             * @property {string|null} [taskId] LogLine taskId
             * @property {number|null} [stream] LogLine stream
             * @property {number|null} [timeMs] LogLine timeMs
             * @property {Uint8Array|null} [data] LogLine data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogLine.
             * @memberof shoal.v1
             * @interface ILogLine
             * @augments shoal.v1.LogLine.$Properties
             * @deprecated Use shoal.v1.LogLine.$Properties instead.
             */

            /**
             * Shape of a LogLine.
             * @typedef {shoal.v1.LogLine.$Properties} shoal.v1.LogLine.$Shape
             */

            /**
             * Constructs a new LogLine.
             * @memberof shoal.v1
             * @classdesc Represents a LogLine.
             * @constructor
             * @param {shoal.v1.LogLine.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LogLine = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogLine taskId.
             * @member {string} taskId
             * @memberof shoal.v1.LogLine
             * @instance
             */
            LogLine.prototype.taskId = "";

            /**
             * LogLine stream.
             * @member {number} stream
             * @memberof shoal.v1.LogLine
             * @instance
             */
            LogLine.prototype.stream = 0;

            /**
             * LogLine timeMs.
             * @member {number} timeMs
             * @memberof shoal.v1.LogLine
             * @instance
             */
            LogLine.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LogLine data.
             * @member {Uint8Array} data
             * @memberof shoal.v1.LogLine
             * @instance
             */
            LogLine.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new LogLine instance using the specified properties.
             * @function create
             * @memberof shoal.v1.LogLine
             * @static
             * @param {shoal.v1.LogLine.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.LogLine} LogLine instance
             * @type {{
             *   (properties: shoal.v1.LogLine.$Shape): shoal.v1.LogLine & shoal.v1.LogLine.$Shape;
             *   (properties?: shoal.v1.LogLine.$Properties): shoal.v1.LogLine;
             * }}
             */
            LogLine.create = function(properties) {
                return new LogLine(properties);
            };

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link shoal.v1.LogLine.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.LogLine
             * @static
             * @param {shoal.v1.LogLine.$Properties} message LogLine message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLine.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.stream);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timeMs);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.LogLine
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.LogLine & shoal.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLine.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.LogLine();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Creates a LogLine message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.LogLine
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.LogLine} LogLine
             */
            LogLine.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.LogLine)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.LogLine: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.LogLine();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.stream != null)
                    if ($Number(object.stream) !== 0)
                        message.stream = object.stream | 0;
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a LogLine message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.LogLine
             * @static
             * @param {shoal.v1.LogLine} message LogLine
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogLine.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.stream = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = message.stream;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this LogLine to JSON.
             * @function toJSON
             * @memberof shoal.v1.LogLine
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogLine.prototype.toJSON = function() {
                return LogLine.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogLine
             * @function getTypeUrl
             * @memberof shoal.v1.LogLine
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogLine.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.LogLine";
            };

            return LogLine;
        })();

        v1.PublishLogsMessage = (function() {

            /**
             * Properties of a PublishLogsMessage.
             * @typedef {Object} shoal.v1.PublishLogsMessage.$Properties
             * @property {string|null} [subscriptionId] PublishLogsMessage subscriptionId
             * @property {Array.<shoal.v1.LogLine.$Properties>|null} [lines] PublishLogsMessage lines
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishLogsMessage.
             * @memberof shoal.v1
             * @interface IPublishLogsMessage
             * @augments shoal.v1.PublishLogsMessage.$Properties
             * @deprecated Use shoal.v1.PublishLogsMessage.$Properties instead.
             */

            /**
             * Shape of a PublishLogsMessage.
             * @typedef {shoal.v1.PublishLogsMessage.$Properties} shoal.v1.PublishLogsMessage.$Shape
             */

            /**
             * Constructs a new PublishLogsMessage.
             * @memberof shoal.v1
             * @classdesc Represents a PublishLogsMessage.
             * @constructor
             * @param {shoal.v1.PublishLogsMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishLogsMessage = function (properties) {
                this.lines = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublishLogsMessage subscriptionId.
             * @member {string} subscriptionId
             * @memberof shoal.v1.PublishLogsMessage
             * @instance
             */
            PublishLogsMessage.prototype.subscriptionId = "";

            /**
             * PublishLogsMessage lines.
             * @member {Array.<shoal.v1.LogLine.$Properties>} lines
             * @memberof shoal.v1.PublishLogsMessage
             * @instance
             */
            PublishLogsMessage.prototype.lines = $util.emptyArray;

            /**
             * Creates a new PublishLogsMessage instance using the specified properties.
             * @function create
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {shoal.v1.PublishLogsMessage.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.PublishLogsMessage} PublishLogsMessage instance
             * @type {{
             *   (properties: shoal.v1.PublishLogsMessage.$Shape): shoal.v1.PublishLogsMessage & shoal.v1.PublishLogsMessage.$Shape;
             *   (properties?: shoal.v1.PublishLogsMessage.$Properties): shoal.v1.PublishLogsMessage;
             * }}
             */
            PublishLogsMessage.create = function(properties) {
                return new PublishLogsMessage(properties);
            };

            /**
             * Encodes the specified PublishLogsMessage message. Does not implicitly {@link shoal.v1.PublishLogsMessage.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {shoal.v1.PublishLogsMessage.$Properties} message PublishLogsMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishLogsMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subscriptionId);
                if (message.lines != null && message.lines.length)
                    for (var i = 0; i < message.lines.length; ++i)
                        $root.shoal.v1.LogLine.encode(message.lines[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublishLogsMessage message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.PublishLogsMessage & shoal.v1.PublishLogsMessage.$Shape} PublishLogsMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishLogsMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.PublishLogsMessage();
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
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push($root.shoal.v1.LogLine.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Creates a PublishLogsMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.PublishLogsMessage} PublishLogsMessage
             */
            PublishLogsMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.PublishLogsMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.PublishLogsMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.PublishLogsMessage();
                if (object.subscriptionId != null)
                    if (typeof object.subscriptionId !== "string" || object.subscriptionId.length)
                        message.subscriptionId = $String(object.subscriptionId);
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".shoal.v1.PublishLogsMessage.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (var i = 0; i < object.lines.length; ++i) {
                        if (!$util.isObject(object.lines[i]))
                            throw $TypeError(".shoal.v1.PublishLogsMessage.lines: object expected");
                        message.lines[i] = $root.shoal.v1.LogLine.fromObject(object.lines[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PublishLogsMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {shoal.v1.PublishLogsMessage} message PublishLogsMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishLogsMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults)
                    object.subscriptionId = "";
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId"))
                    object.subscriptionId = message.subscriptionId;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (var j = 0; j < message.lines.length; ++j)
                        object.lines[j] = $root.shoal.v1.LogLine.toObject(message.lines[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PublishLogsMessage to JSON.
             * @function toJSON
             * @memberof shoal.v1.PublishLogsMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishLogsMessage.prototype.toJSON = function() {
                return PublishLogsMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishLogsMessage
             * @function getTypeUrl
             * @memberof shoal.v1.PublishLogsMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishLogsMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.PublishLogsMessage";
            };

            return PublishLogsMessage;
        })();

        v1.PublishLogsResponse = (function() {

            /**
             * Properties of a PublishLogsResponse.
             * @typedef {Object} shoal.v1.PublishLogsResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishLogsResponse.
             * @memberof shoal.v1
             * @interface IPublishLogsResponse
             * @augments shoal.v1.PublishLogsResponse.$Properties
             * @deprecated Use shoal.v1.PublishLogsResponse.$Properties instead.
             */

            /**
             * Shape of a PublishLogsResponse.
             * @typedef {shoal.v1.PublishLogsResponse.$Properties} shoal.v1.PublishLogsResponse.$Shape
             */

            /**
             * Constructs a new PublishLogsResponse.
             * @memberof shoal.v1
             * @classdesc Represents a PublishLogsResponse.
             * @constructor
             * @param {shoal.v1.PublishLogsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PublishLogsResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PublishLogsResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {shoal.v1.PublishLogsResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.PublishLogsResponse} PublishLogsResponse instance
             * @type {{
             *   (properties: shoal.v1.PublishLogsResponse.$Shape): shoal.v1.PublishLogsResponse & shoal.v1.PublishLogsResponse.$Shape;
             *   (properties?: shoal.v1.PublishLogsResponse.$Properties): shoal.v1.PublishLogsResponse;
             * }}
             */
            PublishLogsResponse.create = function(properties) {
                return new PublishLogsResponse(properties);
            };

            /**
             * Encodes the specified PublishLogsResponse message. Does not implicitly {@link shoal.v1.PublishLogsResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {shoal.v1.PublishLogsResponse.$Properties} message PublishLogsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishLogsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublishLogsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.PublishLogsResponse & shoal.v1.PublishLogsResponse.$Shape} PublishLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishLogsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.PublishLogsResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Creates a PublishLogsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.PublishLogsResponse} PublishLogsResponse
             */
            PublishLogsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.PublishLogsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.PublishLogsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.shoal.v1.PublishLogsResponse();
            };

            /**
             * Creates a plain object from a PublishLogsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {shoal.v1.PublishLogsResponse} message PublishLogsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishLogsResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this PublishLogsResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.PublishLogsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishLogsResponse.prototype.toJSON = function() {
                return PublishLogsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishLogsResponse
             * @function getTypeUrl
             * @memberof shoal.v1.PublishLogsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishLogsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.PublishLogsResponse";
            };

            return PublishLogsResponse;
        })();

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
             * @property {shoal.v1.NodeTLSInfo.$Properties|null} [tlsInfo] NodeDescription tlsInfo
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
             * NodeDescription tlsInfo.
             * @member {shoal.v1.NodeTLSInfo.$Properties|null|undefined} tlsInfo
             * @memberof shoal.v1.NodeDescription
             * @instance
             */
            NodeDescription.prototype.tlsInfo = null;

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
                if (message.tlsInfo != null && $Object.hasOwnProperty.call(message, "tlsInfo"))
                    $root.shoal.v1.NodeTLSInfo.encode(message.tlsInfo, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
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
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.tlsInfo = $root.shoal.v1.NodeTLSInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tlsInfo);
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
                if (object.tlsInfo != null) {
                    if (!$util.isObject(object.tlsInfo))
                        throw $TypeError(".shoal.v1.NodeDescription.tlsInfo: object expected");
                    message.tlsInfo = $root.shoal.v1.NodeTLSInfo.fromObject(object.tlsInfo, _depth + 1);
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
                    object.tlsInfo = null;
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
                if (message.tlsInfo != null && $Object.hasOwnProperty.call(message, "tlsInfo"))
                    object.tlsInfo = $root.shoal.v1.NodeTLSInfo.toObject(message.tlsInfo, options, _depth + 1);
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

        v1.NodeTLSInfo = (function() {

            /**
             * Properties of a NodeTLSInfo.
             * @typedef {Object} shoal.v1.NodeTLSInfo.$Properties
             * @property {string|null} [trustRoot] NodeTLSInfo trustRoot
             * @property {Uint8Array|null} [certIssuerSubject] NodeTLSInfo certIssuerSubject
             * @property {Uint8Array|null} [certIssuerPublicKey] NodeTLSInfo certIssuerPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeTLSInfo.
             * @memberof shoal.v1
             * @interface INodeTLSInfo
             * @augments shoal.v1.NodeTLSInfo.$Properties
             * @deprecated Use shoal.v1.NodeTLSInfo.$Properties instead.
             */

            /**
             * Shape of a NodeTLSInfo.
             * @typedef {shoal.v1.NodeTLSInfo.$Properties} shoal.v1.NodeTLSInfo.$Shape
             */

            /**
             * Constructs a new NodeTLSInfo.
             * @memberof shoal.v1
             * @classdesc Represents a NodeTLSInfo.
             * @constructor
             * @param {shoal.v1.NodeTLSInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeTLSInfo = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeTLSInfo trustRoot.
             * @member {string} trustRoot
             * @memberof shoal.v1.NodeTLSInfo
             * @instance
             */
            NodeTLSInfo.prototype.trustRoot = "";

            /**
             * NodeTLSInfo certIssuerSubject.
             * @member {Uint8Array} certIssuerSubject
             * @memberof shoal.v1.NodeTLSInfo
             * @instance
             */
            NodeTLSInfo.prototype.certIssuerSubject = $util.newBuffer([]);

            /**
             * NodeTLSInfo certIssuerPublicKey.
             * @member {Uint8Array} certIssuerPublicKey
             * @memberof shoal.v1.NodeTLSInfo
             * @instance
             */
            NodeTLSInfo.prototype.certIssuerPublicKey = $util.newBuffer([]);

            /**
             * Creates a new NodeTLSInfo instance using the specified properties.
             * @function create
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {shoal.v1.NodeTLSInfo.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.NodeTLSInfo} NodeTLSInfo instance
             * @type {{
             *   (properties: shoal.v1.NodeTLSInfo.$Shape): shoal.v1.NodeTLSInfo & shoal.v1.NodeTLSInfo.$Shape;
             *   (properties?: shoal.v1.NodeTLSInfo.$Properties): shoal.v1.NodeTLSInfo;
             * }}
             */
            NodeTLSInfo.create = function(properties) {
                return new NodeTLSInfo(properties);
            };

            /**
             * Encodes the specified NodeTLSInfo message. Does not implicitly {@link shoal.v1.NodeTLSInfo.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {shoal.v1.NodeTLSInfo.$Properties} message NodeTLSInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeTLSInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trustRoot != null && $Object.hasOwnProperty.call(message, "trustRoot") && message.trustRoot !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trustRoot);
                if (message.certIssuerSubject != null && $Object.hasOwnProperty.call(message, "certIssuerSubject") && message.certIssuerSubject.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.certIssuerSubject);
                if (message.certIssuerPublicKey != null && $Object.hasOwnProperty.call(message, "certIssuerPublicKey") && message.certIssuerPublicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.certIssuerPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeTLSInfo message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.NodeTLSInfo & shoal.v1.NodeTLSInfo.$Shape} NodeTLSInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeTLSInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.NodeTLSInfo();
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
                                message.trustRoot = value;
                            else
                                delete message.trustRoot;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.certIssuerSubject = value;
                            else
                                delete message.certIssuerSubject;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.certIssuerPublicKey = value;
                            else
                                delete message.certIssuerPublicKey;
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
             * Creates a NodeTLSInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.NodeTLSInfo} NodeTLSInfo
             */
            NodeTLSInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.NodeTLSInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.NodeTLSInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.NodeTLSInfo();
                if (object.trustRoot != null)
                    if (typeof object.trustRoot !== "string" || object.trustRoot.length)
                        message.trustRoot = $String(object.trustRoot);
                if (object.certIssuerSubject != null)
                    if (object.certIssuerSubject.length)
                        if (typeof object.certIssuerSubject === "string")
                            $util.base64.decode(object.certIssuerSubject, message.certIssuerSubject = $util.newBuffer($util.base64.length(object.certIssuerSubject)), 0);
                        else if (object.certIssuerSubject.length >= 0)
                            message.certIssuerSubject = object.certIssuerSubject;
                if (object.certIssuerPublicKey != null)
                    if (object.certIssuerPublicKey.length)
                        if (typeof object.certIssuerPublicKey === "string")
                            $util.base64.decode(object.certIssuerPublicKey, message.certIssuerPublicKey = $util.newBuffer($util.base64.length(object.certIssuerPublicKey)), 0);
                        else if (object.certIssuerPublicKey.length >= 0)
                            message.certIssuerPublicKey = object.certIssuerPublicKey;
                return message;
            };

            /**
             * Creates a plain object from a NodeTLSInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {shoal.v1.NodeTLSInfo} message NodeTLSInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeTLSInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.trustRoot = "";
                    if (options.bytes === $String)
                        object.certIssuerSubject = "";
                    else {
                        object.certIssuerSubject = [];
                        if (options.bytes !== $Array)
                            object.certIssuerSubject = $util.newBuffer(object.certIssuerSubject);
                    }
                    if (options.bytes === $String)
                        object.certIssuerPublicKey = "";
                    else {
                        object.certIssuerPublicKey = [];
                        if (options.bytes !== $Array)
                            object.certIssuerPublicKey = $util.newBuffer(object.certIssuerPublicKey);
                    }
                }
                if (message.trustRoot != null && $Object.hasOwnProperty.call(message, "trustRoot"))
                    object.trustRoot = message.trustRoot;
                if (message.certIssuerSubject != null && $Object.hasOwnProperty.call(message, "certIssuerSubject"))
                    object.certIssuerSubject = options.bytes === $String ? $util.base64.encode(message.certIssuerSubject, 0, message.certIssuerSubject.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.certIssuerSubject) : message.certIssuerSubject;
                if (message.certIssuerPublicKey != null && $Object.hasOwnProperty.call(message, "certIssuerPublicKey"))
                    object.certIssuerPublicKey = options.bytes === $String ? $util.base64.encode(message.certIssuerPublicKey, 0, message.certIssuerPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.certIssuerPublicKey) : message.certIssuerPublicKey;
                return object;
            };

            /**
             * Converts this NodeTLSInfo to JSON.
             * @function toJSON
             * @memberof shoal.v1.NodeTLSInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeTLSInfo.prototype.toJSON = function() {
                return NodeTLSInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeTLSInfo
             * @function getTypeUrl
             * @memberof shoal.v1.NodeTLSInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeTLSInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.NodeTLSInfo";
            };

            return NodeTLSInfo;
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
             * @property {Array.<shoal.v1.SecretReference.$Properties>|null} [secrets] ProcessSpec secrets
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
                this.secrets = [];
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
             * ProcessSpec secrets.
             * @member {Array.<shoal.v1.SecretReference.$Properties>} secrets
             * @memberof shoal.v1.ProcessSpec
             * @instance
             */
            ProcessSpec.prototype.secrets = $util.emptyArray;

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
                if (message.secrets != null && message.secrets.length)
                    for (var i = 0; i < message.secrets.length; ++i)
                        $root.shoal.v1.SecretReference.encode(message.secrets[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.secrets && message.secrets.length))
                                message.secrets = [];
                            message.secrets.push($root.shoal.v1.SecretReference.decode(reader, reader.size(), $undefined, _depth + 1));
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
                if (object.secrets) {
                    if (!$Array.isArray(object.secrets))
                        throw $TypeError(".shoal.v1.ProcessSpec.secrets: array expected");
                    message.secrets = $Array(object.secrets.length);
                    for (var i = 0; i < object.secrets.length; ++i) {
                        if (!$util.isObject(object.secrets[i]))
                            throw $TypeError(".shoal.v1.ProcessSpec.secrets: object expected");
                        message.secrets[i] = $root.shoal.v1.SecretReference.fromObject(object.secrets[i], _depth + 1);
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
                    object.secrets = [];
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
                if (message.secrets && message.secrets.length) {
                    object.secrets = $Array(message.secrets.length);
                    for (var j = 0; j < message.secrets.length; ++j)
                        object.secrets[j] = $root.shoal.v1.SecretReference.toObject(message.secrets[j], options, _depth + 1);
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

        v1.SecretReference = (function() {

            /**
             * Properties of a SecretReference.
             * @typedef {Object} shoal.v1.SecretReference.$Properties
             * @property {string|null} [secretId] SecretReference secretId
             * @property {string|null} [secretName] SecretReference secretName
             * @property {string|null} [target] SecretReference target
             * @property {string|null} [uid] SecretReference uid
             * @property {string|null} [gid] SecretReference gid
             * @property {number|null} [mode] SecretReference mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecretReference.
             * @memberof shoal.v1
             * @interface ISecretReference
             * @augments shoal.v1.SecretReference.$Properties
             * @deprecated Use shoal.v1.SecretReference.$Properties instead.
             */

            /**
             * Shape of a SecretReference.
             * @typedef {shoal.v1.SecretReference.$Properties} shoal.v1.SecretReference.$Shape
             */

            /**
             * Constructs a new SecretReference.
             * @memberof shoal.v1
             * @classdesc Represents a SecretReference.
             * @constructor
             * @param {shoal.v1.SecretReference.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SecretReference = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecretReference secretId.
             * @member {string} secretId
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.secretId = "";

            /**
             * SecretReference secretName.
             * @member {string} secretName
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.secretName = "";

            /**
             * SecretReference target.
             * @member {string} target
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.target = "";

            /**
             * SecretReference uid.
             * @member {string} uid
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.uid = "";

            /**
             * SecretReference gid.
             * @member {string} gid
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.gid = "";

            /**
             * SecretReference mode.
             * @member {number} mode
             * @memberof shoal.v1.SecretReference
             * @instance
             */
            SecretReference.prototype.mode = 0;

            /**
             * Creates a new SecretReference instance using the specified properties.
             * @function create
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {shoal.v1.SecretReference.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.SecretReference} SecretReference instance
             * @type {{
             *   (properties: shoal.v1.SecretReference.$Shape): shoal.v1.SecretReference & shoal.v1.SecretReference.$Shape;
             *   (properties?: shoal.v1.SecretReference.$Properties): shoal.v1.SecretReference;
             * }}
             */
            SecretReference.create = function(properties) {
                return new SecretReference(properties);
            };

            /**
             * Encodes the specified SecretReference message. Does not implicitly {@link shoal.v1.SecretReference.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {shoal.v1.SecretReference.$Properties} message SecretReference message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecretReference.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.secretId != null && $Object.hasOwnProperty.call(message, "secretId") && message.secretId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.secretId);
                if (message.secretName != null && $Object.hasOwnProperty.call(message, "secretName") && message.secretName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.secretName);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.target);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.uid);
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.gid);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecretReference message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.SecretReference & shoal.v1.SecretReference.$Shape} SecretReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecretReference.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.SecretReference();
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
                                message.secretId = value;
                            else
                                delete message.secretId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secretName = value;
                            else
                                delete message.secretName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gid = value;
                            else
                                delete message.gid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
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
             * Creates a SecretReference message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.SecretReference} SecretReference
             */
            SecretReference.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.SecretReference)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.SecretReference: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.SecretReference();
                if (object.secretId != null)
                    if (typeof object.secretId !== "string" || object.secretId.length)
                        message.secretId = $String(object.secretId);
                if (object.secretName != null)
                    if (typeof object.secretName !== "string" || object.secretName.length)
                        message.secretName = $String(object.secretName);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.gid != null)
                    if (typeof object.gid !== "string" || object.gid.length)
                        message.gid = $String(object.gid);
                if (object.mode != null)
                    if ($Number(object.mode) !== 0)
                        message.mode = object.mode >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SecretReference message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {shoal.v1.SecretReference} message SecretReference
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SecretReference.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.secretId = "";
                    object.secretName = "";
                    object.target = "";
                    object.uid = "";
                    object.gid = "";
                    object.mode = 0;
                }
                if (message.secretId != null && $Object.hasOwnProperty.call(message, "secretId"))
                    object.secretId = message.secretId;
                if (message.secretName != null && $Object.hasOwnProperty.call(message, "secretName"))
                    object.secretName = message.secretName;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                return object;
            };

            /**
             * Converts this SecretReference to JSON.
             * @function toJSON
             * @memberof shoal.v1.SecretReference
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SecretReference.prototype.toJSON = function() {
                return SecretReference.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SecretReference
             * @function getTypeUrl
             * @memberof shoal.v1.SecretReference
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecretReference.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.SecretReference";
            };

            return SecretReference;
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
             * @property {shoal.v1.Placement.$Properties|null} [placement] TaskSpec placement
             * @property {shoal.v1.ResourceRequirements.$Properties|null} [resources] TaskSpec resources
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
             * TaskSpec placement.
             * @member {shoal.v1.Placement.$Properties|null|undefined} placement
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.placement = null;

            /**
             * TaskSpec resources.
             * @member {shoal.v1.ResourceRequirements.$Properties|null|undefined} resources
             * @memberof shoal.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.resources = null;

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
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    $root.shoal.v1.Placement.encode(message.placement, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.shoal.v1.ResourceRequirements.encode(message.resources, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.placement = $root.shoal.v1.Placement.decode(reader, reader.size(), $undefined, _depth + 1, message.placement);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.shoal.v1.ResourceRequirements.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
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
                if (object.placement != null) {
                    if (!$util.isObject(object.placement))
                        throw $TypeError(".shoal.v1.TaskSpec.placement: object expected");
                    message.placement = $root.shoal.v1.Placement.fromObject(object.placement, _depth + 1);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".shoal.v1.TaskSpec.resources: object expected");
                    message.resources = $root.shoal.v1.ResourceRequirements.fromObject(object.resources, _depth + 1);
                }
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
                    object.placement = null;
                    object.resources = null;
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
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    object.placement = $root.shoal.v1.Placement.toObject(message.placement, options, _depth + 1);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.shoal.v1.ResourceRequirements.toObject(message.resources, options, _depth + 1);
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

        v1.Placement = (function() {

            /**
             * Properties of a Placement.
             * @typedef {Object} shoal.v1.Placement.$Properties
             * @property {Array.<string>|null} [constraints] Placement constraints
             * @property {Array.<shoal.v1.PlacementPreference.$Properties>|null} [preferences] Placement preferences
             * @property {number|null} [maxReplicas] Placement maxReplicas
             * @property {Array.<shoal.v1.Platform.$Properties>|null} [platforms] Placement platforms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Placement.
             * @memberof shoal.v1
             * @interface IPlacement
             * @augments shoal.v1.Placement.$Properties
             * @deprecated Use shoal.v1.Placement.$Properties instead.
             */

            /**
             * Shape of a Placement.
             * @typedef {shoal.v1.Placement.$Properties} shoal.v1.Placement.$Shape
             */

            /**
             * Constructs a new Placement.
             * @memberof shoal.v1
             * @classdesc Represents a Placement.
             * @constructor
             * @param {shoal.v1.Placement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Placement = function (properties) {
                this.constraints = [];
                this.preferences = [];
                this.platforms = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Placement constraints.
             * @member {Array.<string>} constraints
             * @memberof shoal.v1.Placement
             * @instance
             */
            Placement.prototype.constraints = $util.emptyArray;

            /**
             * Placement preferences.
             * @member {Array.<shoal.v1.PlacementPreference.$Properties>} preferences
             * @memberof shoal.v1.Placement
             * @instance
             */
            Placement.prototype.preferences = $util.emptyArray;

            /**
             * Placement maxReplicas.
             * @member {number} maxReplicas
             * @memberof shoal.v1.Placement
             * @instance
             */
            Placement.prototype.maxReplicas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Placement platforms.
             * @member {Array.<shoal.v1.Platform.$Properties>} platforms
             * @memberof shoal.v1.Placement
             * @instance
             */
            Placement.prototype.platforms = $util.emptyArray;

            /**
             * Creates a new Placement instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Placement
             * @static
             * @param {shoal.v1.Placement.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Placement} Placement instance
             * @type {{
             *   (properties: shoal.v1.Placement.$Shape): shoal.v1.Placement & shoal.v1.Placement.$Shape;
             *   (properties?: shoal.v1.Placement.$Properties): shoal.v1.Placement;
             * }}
             */
            Placement.create = function(properties) {
                return new Placement(properties);
            };

            /**
             * Encodes the specified Placement message. Does not implicitly {@link shoal.v1.Placement.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Placement
             * @static
             * @param {shoal.v1.Placement.$Properties} message Placement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Placement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.constraints != null && message.constraints.length)
                    for (var i = 0; i < message.constraints.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.constraints[i]);
                if (message.preferences != null && message.preferences.length)
                    for (var i = 0; i < message.preferences.length; ++i)
                        $root.shoal.v1.PlacementPreference.encode(message.preferences[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maxReplicas != null && $Object.hasOwnProperty.call(message, "maxReplicas") && (typeof message.maxReplicas === "object" ? message.maxReplicas.low || message.maxReplicas.high : message.maxReplicas !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxReplicas);
                if (message.platforms != null && message.platforms.length)
                    for (var i = 0; i < message.platforms.length; ++i)
                        $root.shoal.v1.Platform.encode(message.platforms[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Placement message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Placement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Placement & shoal.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Placement.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.Placement();
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
                            if (!(message.constraints && message.constraints.length))
                                message.constraints = [];
                            message.constraints.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.preferences && message.preferences.length))
                                message.preferences = [];
                            message.preferences.push($root.shoal.v1.PlacementPreference.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxReplicas = value;
                            else
                                delete message.maxReplicas;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.platforms && message.platforms.length))
                                message.platforms = [];
                            message.platforms.push($root.shoal.v1.Platform.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Creates a Placement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Placement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Placement} Placement
             */
            Placement.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Placement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Placement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Placement();
                if (object.constraints) {
                    if (!$Array.isArray(object.constraints))
                        throw $TypeError(".shoal.v1.Placement.constraints: array expected");
                    message.constraints = $Array(object.constraints.length);
                    for (var i = 0; i < object.constraints.length; ++i)
                        message.constraints[i] = $String(object.constraints[i]);
                }
                if (object.preferences) {
                    if (!$Array.isArray(object.preferences))
                        throw $TypeError(".shoal.v1.Placement.preferences: array expected");
                    message.preferences = $Array(object.preferences.length);
                    for (var i = 0; i < object.preferences.length; ++i) {
                        if (!$util.isObject(object.preferences[i]))
                            throw $TypeError(".shoal.v1.Placement.preferences: object expected");
                        message.preferences[i] = $root.shoal.v1.PlacementPreference.fromObject(object.preferences[i], _depth + 1);
                    }
                }
                if (object.maxReplicas != null)
                    if (typeof object.maxReplicas === "object" ? object.maxReplicas.low || object.maxReplicas.high : $Number(object.maxReplicas) !== 0)
                        if ($util.Long)
                            message.maxReplicas = $util.Long.fromValue(object.maxReplicas, true);
                        else if (typeof object.maxReplicas === "string")
                            message.maxReplicas = $parseInt(object.maxReplicas, 10);
                        else if (typeof object.maxReplicas === "number")
                            message.maxReplicas = object.maxReplicas;
                        else if (typeof object.maxReplicas === "object")
                            message.maxReplicas = new $util.LongBits(object.maxReplicas.low >>> 0, object.maxReplicas.high >>> 0).toNumber(true);
                if (object.platforms) {
                    if (!$Array.isArray(object.platforms))
                        throw $TypeError(".shoal.v1.Placement.platforms: array expected");
                    message.platforms = $Array(object.platforms.length);
                    for (var i = 0; i < object.platforms.length; ++i) {
                        if (!$util.isObject(object.platforms[i]))
                            throw $TypeError(".shoal.v1.Placement.platforms: object expected");
                        message.platforms[i] = $root.shoal.v1.Platform.fromObject(object.platforms[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Placement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Placement
             * @static
             * @param {shoal.v1.Placement} message Placement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Placement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.constraints = [];
                    object.preferences = [];
                    object.platforms = [];
                }
                if (options.defaults)
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.maxReplicas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxReplicas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.constraints && message.constraints.length) {
                    object.constraints = $Array(message.constraints.length);
                    for (var j = 0; j < message.constraints.length; ++j)
                        object.constraints[j] = message.constraints[j];
                }
                if (message.preferences && message.preferences.length) {
                    object.preferences = $Array(message.preferences.length);
                    for (var j = 0; j < message.preferences.length; ++j)
                        object.preferences[j] = $root.shoal.v1.PlacementPreference.toObject(message.preferences[j], options, _depth + 1);
                }
                if (message.maxReplicas != null && $Object.hasOwnProperty.call(message, "maxReplicas"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxReplicas = typeof message.maxReplicas === "number" ? $BigInt(message.maxReplicas) : $util.Long.fromBits(message.maxReplicas.low >>> 0, message.maxReplicas.high >>> 0, true).toBigInt();
                    else if (typeof message.maxReplicas === "number")
                        object.maxReplicas = options.longs === $String ? $String(message.maxReplicas) : message.maxReplicas;
                    else
                        object.maxReplicas = options.longs === $String ? $util.Long.prototype.toString.call(message.maxReplicas) : options.longs === $Number ? new $util.LongBits(message.maxReplicas.low >>> 0, message.maxReplicas.high >>> 0).toNumber(true) : message.maxReplicas;
                if (message.platforms && message.platforms.length) {
                    object.platforms = $Array(message.platforms.length);
                    for (var j = 0; j < message.platforms.length; ++j)
                        object.platforms[j] = $root.shoal.v1.Platform.toObject(message.platforms[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Placement to JSON.
             * @function toJSON
             * @memberof shoal.v1.Placement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Placement.prototype.toJSON = function() {
                return Placement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Placement
             * @function getTypeUrl
             * @memberof shoal.v1.Placement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Placement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Placement";
            };

            return Placement;
        })();

        v1.PlacementPreference = (function() {

            /**
             * Properties of a PlacementPreference.
             * @typedef {Object} shoal.v1.PlacementPreference.$Properties
             * @property {string|null} [spreadDescriptor] PlacementPreference spreadDescriptor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlacementPreference.
             * @memberof shoal.v1
             * @interface IPlacementPreference
             * @augments shoal.v1.PlacementPreference.$Properties
             * @deprecated Use shoal.v1.PlacementPreference.$Properties instead.
             */

            /**
             * Shape of a PlacementPreference.
             * @typedef {shoal.v1.PlacementPreference.$Properties} shoal.v1.PlacementPreference.$Shape
             */

            /**
             * Constructs a new PlacementPreference.
             * @memberof shoal.v1
             * @classdesc Represents a PlacementPreference.
             * @constructor
             * @param {shoal.v1.PlacementPreference.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PlacementPreference = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlacementPreference spreadDescriptor.
             * @member {string} spreadDescriptor
             * @memberof shoal.v1.PlacementPreference
             * @instance
             */
            PlacementPreference.prototype.spreadDescriptor = "";

            /**
             * Creates a new PlacementPreference instance using the specified properties.
             * @function create
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {shoal.v1.PlacementPreference.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.PlacementPreference} PlacementPreference instance
             * @type {{
             *   (properties: shoal.v1.PlacementPreference.$Shape): shoal.v1.PlacementPreference & shoal.v1.PlacementPreference.$Shape;
             *   (properties?: shoal.v1.PlacementPreference.$Properties): shoal.v1.PlacementPreference;
             * }}
             */
            PlacementPreference.create = function(properties) {
                return new PlacementPreference(properties);
            };

            /**
             * Encodes the specified PlacementPreference message. Does not implicitly {@link shoal.v1.PlacementPreference.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {shoal.v1.PlacementPreference.$Properties} message PlacementPreference message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlacementPreference.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spreadDescriptor != null && $Object.hasOwnProperty.call(message, "spreadDescriptor") && message.spreadDescriptor !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.spreadDescriptor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlacementPreference message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.PlacementPreference & shoal.v1.PlacementPreference.$Shape} PlacementPreference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlacementPreference.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.PlacementPreference();
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
                                message.spreadDescriptor = value;
                            else
                                delete message.spreadDescriptor;
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
             * Creates a PlacementPreference message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.PlacementPreference} PlacementPreference
             */
            PlacementPreference.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.PlacementPreference)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.PlacementPreference: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.PlacementPreference();
                if (object.spreadDescriptor != null)
                    if (typeof object.spreadDescriptor !== "string" || object.spreadDescriptor.length)
                        message.spreadDescriptor = $String(object.spreadDescriptor);
                return message;
            };

            /**
             * Creates a plain object from a PlacementPreference message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {shoal.v1.PlacementPreference} message PlacementPreference
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlacementPreference.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.spreadDescriptor = "";
                if (message.spreadDescriptor != null && $Object.hasOwnProperty.call(message, "spreadDescriptor"))
                    object.spreadDescriptor = message.spreadDescriptor;
                return object;
            };

            /**
             * Converts this PlacementPreference to JSON.
             * @function toJSON
             * @memberof shoal.v1.PlacementPreference
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlacementPreference.prototype.toJSON = function() {
                return PlacementPreference.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlacementPreference
             * @function getTypeUrl
             * @memberof shoal.v1.PlacementPreference
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlacementPreference.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.PlacementPreference";
            };

            return PlacementPreference;
        })();

        v1.Resources = (function() {

            /**
             * Properties of a Resources.
             * @typedef {Object} shoal.v1.Resources.$Properties
             * @property {number|null} [nanoCpus] Resources nanoCpus
             * @property {number|null} [memoryBytes] Resources memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resources.
             * @memberof shoal.v1
             * @interface IResources
             * @augments shoal.v1.Resources.$Properties
             * @deprecated Use shoal.v1.Resources.$Properties instead.
             */

            /**
             * Shape of a Resources.
             * @typedef {shoal.v1.Resources.$Properties} shoal.v1.Resources.$Shape
             */

            /**
             * Constructs a new Resources.
             * @memberof shoal.v1
             * @classdesc Represents a Resources.
             * @constructor
             * @param {shoal.v1.Resources.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Resources = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Resources nanoCpus.
             * @member {number} nanoCpus
             * @memberof shoal.v1.Resources
             * @instance
             */
            Resources.prototype.nanoCpus = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Resources memoryBytes.
             * @member {number} memoryBytes
             * @memberof shoal.v1.Resources
             * @instance
             */
            Resources.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Resources instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Resources
             * @static
             * @param {shoal.v1.Resources.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Resources} Resources instance
             * @type {{
             *   (properties: shoal.v1.Resources.$Shape): shoal.v1.Resources & shoal.v1.Resources.$Shape;
             *   (properties?: shoal.v1.Resources.$Properties): shoal.v1.Resources;
             * }}
             */
            Resources.create = function(properties) {
                return new Resources(properties);
            };

            /**
             * Encodes the specified Resources message. Does not implicitly {@link shoal.v1.Resources.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Resources
             * @static
             * @param {shoal.v1.Resources.$Properties} message Resources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nanoCpus != null && $Object.hasOwnProperty.call(message, "nanoCpus") && (typeof message.nanoCpus === "object" ? message.nanoCpus.low || message.nanoCpus.high : message.nanoCpus !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.nanoCpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Resources & shoal.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.Resources();
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
                                message.nanoCpus = value;
                            else
                                delete message.nanoCpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
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
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Resources
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Resources} Resources
             */
            Resources.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Resources)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Resources: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Resources();
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
                return message;
            };

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Resources
             * @static
             * @param {shoal.v1.Resources} message Resources
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resources.toObject = function (message, options, _depth) {
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
                        object.nanoCpus = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nanoCpus = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
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
                return object;
            };

            /**
             * Converts this Resources to JSON.
             * @function toJSON
             * @memberof shoal.v1.Resources
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resources.prototype.toJSON = function() {
                return Resources.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resources
             * @function getTypeUrl
             * @memberof shoal.v1.Resources
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Resources";
            };

            return Resources;
        })();

        v1.ResourceRequirements = (function() {

            /**
             * Properties of a ResourceRequirements.
             * @typedef {Object} shoal.v1.ResourceRequirements.$Properties
             * @property {shoal.v1.Resources.$Properties|null} [limits] ResourceRequirements limits
             * @property {shoal.v1.Resources.$Properties|null} [reservations] ResourceRequirements reservations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceRequirements.
             * @memberof shoal.v1
             * @interface IResourceRequirements
             * @augments shoal.v1.ResourceRequirements.$Properties
             * @deprecated Use shoal.v1.ResourceRequirements.$Properties instead.
             */

            /**
             * Shape of a ResourceRequirements.
             * @typedef {shoal.v1.ResourceRequirements.$Properties} shoal.v1.ResourceRequirements.$Shape
             */

            /**
             * Constructs a new ResourceRequirements.
             * @memberof shoal.v1
             * @classdesc Represents a ResourceRequirements.
             * @constructor
             * @param {shoal.v1.ResourceRequirements.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResourceRequirements = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceRequirements limits.
             * @member {shoal.v1.Resources.$Properties|null|undefined} limits
             * @memberof shoal.v1.ResourceRequirements
             * @instance
             */
            ResourceRequirements.prototype.limits = null;

            /**
             * ResourceRequirements reservations.
             * @member {shoal.v1.Resources.$Properties|null|undefined} reservations
             * @memberof shoal.v1.ResourceRequirements
             * @instance
             */
            ResourceRequirements.prototype.reservations = null;

            /**
             * Creates a new ResourceRequirements instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {shoal.v1.ResourceRequirements.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ResourceRequirements} ResourceRequirements instance
             * @type {{
             *   (properties: shoal.v1.ResourceRequirements.$Shape): shoal.v1.ResourceRequirements & shoal.v1.ResourceRequirements.$Shape;
             *   (properties?: shoal.v1.ResourceRequirements.$Properties): shoal.v1.ResourceRequirements;
             * }}
             */
            ResourceRequirements.create = function(properties) {
                return new ResourceRequirements(properties);
            };

            /**
             * Encodes the specified ResourceRequirements message. Does not implicitly {@link shoal.v1.ResourceRequirements.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {shoal.v1.ResourceRequirements.$Properties} message ResourceRequirements message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceRequirements.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.shoal.v1.Resources.encode(message.limits, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reservations != null && $Object.hasOwnProperty.call(message, "reservations"))
                    $root.shoal.v1.Resources.encode(message.reservations, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResourceRequirements message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ResourceRequirements & shoal.v1.ResourceRequirements.$Shape} ResourceRequirements
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceRequirements.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ResourceRequirements();
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
                            message.limits = $root.shoal.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.reservations = $root.shoal.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.reservations);
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
             * Creates a ResourceRequirements message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ResourceRequirements} ResourceRequirements
             */
            ResourceRequirements.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ResourceRequirements)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ResourceRequirements: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ResourceRequirements();
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".shoal.v1.ResourceRequirements.limits: object expected");
                    message.limits = $root.shoal.v1.Resources.fromObject(object.limits, _depth + 1);
                }
                if (object.reservations != null) {
                    if (!$util.isObject(object.reservations))
                        throw $TypeError(".shoal.v1.ResourceRequirements.reservations: object expected");
                    message.reservations = $root.shoal.v1.Resources.fromObject(object.reservations, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ResourceRequirements message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {shoal.v1.ResourceRequirements} message ResourceRequirements
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourceRequirements.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.limits = null;
                    object.reservations = null;
                }
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.shoal.v1.Resources.toObject(message.limits, options, _depth + 1);
                if (message.reservations != null && $Object.hasOwnProperty.call(message, "reservations"))
                    object.reservations = $root.shoal.v1.Resources.toObject(message.reservations, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ResourceRequirements to JSON.
             * @function toJSON
             * @memberof shoal.v1.ResourceRequirements
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourceRequirements.prototype.toJSON = function() {
                return ResourceRequirements.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResourceRequirements
             * @function getTypeUrl
             * @memberof shoal.v1.ResourceRequirements
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResourceRequirements.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ResourceRequirements";
            };

            return ResourceRequirements;
        })();

        v1.PortConfig = (function() {

            /**
             * Properties of a PortConfig.
             * @typedef {Object} shoal.v1.PortConfig.$Properties
             * @property {string|null} [name] PortConfig name
             * @property {string|null} [protocol] PortConfig protocol
             * @property {number|null} [targetPort] PortConfig targetPort
             * @property {number|null} [publishedPort] PortConfig publishedPort
             * @property {string|null} [publishMode] PortConfig publishMode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortConfig.
             * @memberof shoal.v1
             * @interface IPortConfig
             * @augments shoal.v1.PortConfig.$Properties
             * @deprecated Use shoal.v1.PortConfig.$Properties instead.
             */

            /**
             * Shape of a PortConfig.
             * @typedef {shoal.v1.PortConfig.$Properties} shoal.v1.PortConfig.$Shape
             */

            /**
             * Constructs a new PortConfig.
             * @memberof shoal.v1
             * @classdesc Represents a PortConfig.
             * @constructor
             * @param {shoal.v1.PortConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PortConfig = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortConfig name.
             * @member {string} name
             * @memberof shoal.v1.PortConfig
             * @instance
             */
            PortConfig.prototype.name = "";

            /**
             * PortConfig protocol.
             * @member {string} protocol
             * @memberof shoal.v1.PortConfig
             * @instance
             */
            PortConfig.prototype.protocol = "";

            /**
             * PortConfig targetPort.
             * @member {number} targetPort
             * @memberof shoal.v1.PortConfig
             * @instance
             */
            PortConfig.prototype.targetPort = 0;

            /**
             * PortConfig publishedPort.
             * @member {number} publishedPort
             * @memberof shoal.v1.PortConfig
             * @instance
             */
            PortConfig.prototype.publishedPort = 0;

            /**
             * PortConfig publishMode.
             * @member {string} publishMode
             * @memberof shoal.v1.PortConfig
             * @instance
             */
            PortConfig.prototype.publishMode = "";

            /**
             * Creates a new PortConfig instance using the specified properties.
             * @function create
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {shoal.v1.PortConfig.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.PortConfig} PortConfig instance
             * @type {{
             *   (properties: shoal.v1.PortConfig.$Shape): shoal.v1.PortConfig & shoal.v1.PortConfig.$Shape;
             *   (properties?: shoal.v1.PortConfig.$Properties): shoal.v1.PortConfig;
             * }}
             */
            PortConfig.create = function(properties) {
                return new PortConfig(properties);
            };

            /**
             * Encodes the specified PortConfig message. Does not implicitly {@link shoal.v1.PortConfig.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {shoal.v1.PortConfig.$Properties} message PortConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.protocol);
                if (message.targetPort != null && $Object.hasOwnProperty.call(message, "targetPort") && message.targetPort !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.targetPort);
                if (message.publishedPort != null && $Object.hasOwnProperty.call(message, "publishedPort") && message.publishedPort !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.publishedPort);
                if (message.publishMode != null && $Object.hasOwnProperty.call(message, "publishMode") && message.publishMode !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.publishMode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PortConfig message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.PortConfig & shoal.v1.PortConfig.$Shape} PortConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.PortConfig();
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
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.targetPort = value;
                            else
                                delete message.targetPort;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.publishedPort = value;
                            else
                                delete message.publishedPort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publishMode = value;
                            else
                                delete message.publishMode;
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
             * Creates a PortConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.PortConfig} PortConfig
             */
            PortConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.PortConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.PortConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.PortConfig();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.protocol != null)
                    if (typeof object.protocol !== "string" || object.protocol.length)
                        message.protocol = $String(object.protocol);
                if (object.targetPort != null)
                    if ($Number(object.targetPort) !== 0)
                        message.targetPort = object.targetPort >>> 0;
                if (object.publishedPort != null)
                    if ($Number(object.publishedPort) !== 0)
                        message.publishedPort = object.publishedPort >>> 0;
                if (object.publishMode != null)
                    if (typeof object.publishMode !== "string" || object.publishMode.length)
                        message.publishMode = $String(object.publishMode);
                return message;
            };

            /**
             * Creates a plain object from a PortConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {shoal.v1.PortConfig} message PortConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.name = "";
                    object.protocol = "";
                    object.targetPort = 0;
                    object.publishedPort = 0;
                    object.publishMode = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.targetPort != null && $Object.hasOwnProperty.call(message, "targetPort"))
                    object.targetPort = message.targetPort;
                if (message.publishedPort != null && $Object.hasOwnProperty.call(message, "publishedPort"))
                    object.publishedPort = message.publishedPort;
                if (message.publishMode != null && $Object.hasOwnProperty.call(message, "publishMode"))
                    object.publishMode = message.publishMode;
                return object;
            };

            /**
             * Converts this PortConfig to JSON.
             * @function toJSON
             * @memberof shoal.v1.PortConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortConfig.prototype.toJSON = function() {
                return PortConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PortConfig
             * @function getTypeUrl
             * @memberof shoal.v1.PortConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PortConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.PortConfig";
            };

            return PortConfig;
        })();

        v1.EndpointSpec = (function() {

            /**
             * Properties of an EndpointSpec.
             * @typedef {Object} shoal.v1.EndpointSpec.$Properties
             * @property {Array.<shoal.v1.PortConfig.$Properties>|null} [ports] EndpointSpec ports
             * @property {string|null} [mode] EndpointSpec mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndpointSpec.
             * @memberof shoal.v1
             * @interface IEndpointSpec
             * @augments shoal.v1.EndpointSpec.$Properties
             * @deprecated Use shoal.v1.EndpointSpec.$Properties instead.
             */

            /**
             * Shape of an EndpointSpec.
             * @typedef {shoal.v1.EndpointSpec.$Properties} shoal.v1.EndpointSpec.$Shape
             */

            /**
             * Constructs a new EndpointSpec.
             * @memberof shoal.v1
             * @classdesc Represents an EndpointSpec.
             * @constructor
             * @param {shoal.v1.EndpointSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EndpointSpec = function (properties) {
                this.ports = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndpointSpec ports.
             * @member {Array.<shoal.v1.PortConfig.$Properties>} ports
             * @memberof shoal.v1.EndpointSpec
             * @instance
             */
            EndpointSpec.prototype.ports = $util.emptyArray;

            /**
             * EndpointSpec mode.
             * @member {string} mode
             * @memberof shoal.v1.EndpointSpec
             * @instance
             */
            EndpointSpec.prototype.mode = "";

            /**
             * Creates a new EndpointSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {shoal.v1.EndpointSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.EndpointSpec} EndpointSpec instance
             * @type {{
             *   (properties: shoal.v1.EndpointSpec.$Shape): shoal.v1.EndpointSpec & shoal.v1.EndpointSpec.$Shape;
             *   (properties?: shoal.v1.EndpointSpec.$Properties): shoal.v1.EndpointSpec;
             * }}
             */
            EndpointSpec.create = function(properties) {
                return new EndpointSpec(properties);
            };

            /**
             * Encodes the specified EndpointSpec message. Does not implicitly {@link shoal.v1.EndpointSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {shoal.v1.EndpointSpec.$Properties} message EndpointSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ports != null && message.ports.length)
                    for (var i = 0; i < message.ports.length; ++i)
                        $root.shoal.v1.PortConfig.encode(message.ports[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndpointSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.EndpointSpec & shoal.v1.EndpointSpec.$Shape} EndpointSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointSpec.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.EndpointSpec();
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
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.shoal.v1.PortConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mode = value;
                            else
                                delete message.mode;
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
             * Creates an EndpointSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.EndpointSpec} EndpointSpec
             */
            EndpointSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.EndpointSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.EndpointSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.EndpointSpec();
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".shoal.v1.EndpointSpec.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (var i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".shoal.v1.EndpointSpec.ports: object expected");
                        message.ports[i] = $root.shoal.v1.PortConfig.fromObject(object.ports[i], _depth + 1);
                    }
                }
                if (object.mode != null)
                    if (typeof object.mode !== "string" || object.mode.length)
                        message.mode = $String(object.mode);
                return message;
            };

            /**
             * Creates a plain object from an EndpointSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {shoal.v1.EndpointSpec} message EndpointSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndpointSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.ports = [];
                if (options.defaults)
                    object.mode = "";
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (var j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.shoal.v1.PortConfig.toObject(message.ports[j], options, _depth + 1);
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                return object;
            };

            /**
             * Converts this EndpointSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.EndpointSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndpointSpec.prototype.toJSON = function() {
                return EndpointSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EndpointSpec
             * @function getTypeUrl
             * @memberof shoal.v1.EndpointSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EndpointSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.EndpointSpec";
            };

            return EndpointSpec;
        })();

        v1.ServiceSpec = (function() {

            /**
             * Properties of a ServiceSpec.
             * @typedef {Object} shoal.v1.ServiceSpec.$Properties
             * @property {shoal.v1.Annotations.$Properties|null} [annotations] ServiceSpec annotations
             * @property {shoal.v1.TaskSpec.$Properties|null} [task] ServiceSpec task
             * @property {string|null} [mode] ServiceSpec mode
             * @property {number|null} [replicas] ServiceSpec replicas
             * @property {shoal.v1.EndpointSpec.$Properties|null} [endpoint] ServiceSpec endpoint
             * @property {shoal.v1.UpdateConfig.$Properties|null} [update] ServiceSpec update
             * @property {shoal.v1.UpdateConfig.$Properties|null} [rollback] ServiceSpec rollback
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
             * ServiceSpec endpoint.
             * @member {shoal.v1.EndpointSpec.$Properties|null|undefined} endpoint
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.endpoint = null;

            /**
             * ServiceSpec update.
             * @member {shoal.v1.UpdateConfig.$Properties|null|undefined} update
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.update = null;

            /**
             * ServiceSpec rollback.
             * @member {shoal.v1.UpdateConfig.$Properties|null|undefined} rollback
             * @memberof shoal.v1.ServiceSpec
             * @instance
             */
            ServiceSpec.prototype.rollback = null;

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
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    $root.shoal.v1.EndpointSpec.encode(message.endpoint, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.shoal.v1.UpdateConfig.encode(message.update, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback"))
                    $root.shoal.v1.UpdateConfig.encode(message.rollback, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.endpoint = $root.shoal.v1.EndpointSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.endpoint);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.shoal.v1.UpdateConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.rollback = $root.shoal.v1.UpdateConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.rollback);
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
                if (object.endpoint != null) {
                    if (!$util.isObject(object.endpoint))
                        throw $TypeError(".shoal.v1.ServiceSpec.endpoint: object expected");
                    message.endpoint = $root.shoal.v1.EndpointSpec.fromObject(object.endpoint, _depth + 1);
                }
                if (object.update != null) {
                    if (!$util.isObject(object.update))
                        throw $TypeError(".shoal.v1.ServiceSpec.update: object expected");
                    message.update = $root.shoal.v1.UpdateConfig.fromObject(object.update, _depth + 1);
                }
                if (object.rollback != null) {
                    if (!$util.isObject(object.rollback))
                        throw $TypeError(".shoal.v1.ServiceSpec.rollback: object expected");
                    message.rollback = $root.shoal.v1.UpdateConfig.fromObject(object.rollback, _depth + 1);
                }
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
                    object.endpoint = null;
                    object.update = null;
                    object.rollback = null;
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
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.shoal.v1.EndpointSpec.toObject(message.endpoint, options, _depth + 1);
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    object.update = $root.shoal.v1.UpdateConfig.toObject(message.update, options, _depth + 1);
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback"))
                    object.rollback = $root.shoal.v1.UpdateConfig.toObject(message.rollback, options, _depth + 1);
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

        v1.UpdateConfig = (function() {

            /**
             * Properties of an UpdateConfig.
             * @typedef {Object} shoal.v1.UpdateConfig.$Properties
             * @property {number|null} [parallelism] UpdateConfig parallelism
             * @property {number|null} [delayNs] UpdateConfig delayNs
             * @property {string|null} [failureAction] UpdateConfig failureAction
             * @property {number|null} [monitorNs] UpdateConfig monitorNs
             * @property {number|null} [maxFailureRatio] UpdateConfig maxFailureRatio
             * @property {string|null} [order] UpdateConfig order
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateConfig.
             * @memberof shoal.v1
             * @interface IUpdateConfig
             * @augments shoal.v1.UpdateConfig.$Properties
             * @deprecated Use shoal.v1.UpdateConfig.$Properties instead.
             */

            /**
             * Shape of an UpdateConfig.
             * @typedef {shoal.v1.UpdateConfig.$Properties} shoal.v1.UpdateConfig.$Shape
             */

            /**
             * Constructs a new UpdateConfig.
             * @memberof shoal.v1
             * @classdesc Represents an UpdateConfig.
             * @constructor
             * @param {shoal.v1.UpdateConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateConfig = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateConfig parallelism.
             * @member {number} parallelism
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.parallelism = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateConfig delayNs.
             * @member {number} delayNs
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.delayNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UpdateConfig failureAction.
             * @member {string} failureAction
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.failureAction = "";

            /**
             * UpdateConfig monitorNs.
             * @member {number} monitorNs
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.monitorNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UpdateConfig maxFailureRatio.
             * @member {number} maxFailureRatio
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.maxFailureRatio = 0;

            /**
             * UpdateConfig order.
             * @member {string} order
             * @memberof shoal.v1.UpdateConfig
             * @instance
             */
            UpdateConfig.prototype.order = "";

            /**
             * Creates a new UpdateConfig instance using the specified properties.
             * @function create
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {shoal.v1.UpdateConfig.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.UpdateConfig} UpdateConfig instance
             * @type {{
             *   (properties: shoal.v1.UpdateConfig.$Shape): shoal.v1.UpdateConfig & shoal.v1.UpdateConfig.$Shape;
             *   (properties?: shoal.v1.UpdateConfig.$Properties): shoal.v1.UpdateConfig;
             * }}
             */
            UpdateConfig.create = function(properties) {
                return new UpdateConfig(properties);
            };

            /**
             * Encodes the specified UpdateConfig message. Does not implicitly {@link shoal.v1.UpdateConfig.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {shoal.v1.UpdateConfig.$Properties} message UpdateConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism") && (typeof message.parallelism === "object" ? message.parallelism.low || message.parallelism.high : message.parallelism !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.parallelism);
                if (message.delayNs != null && $Object.hasOwnProperty.call(message, "delayNs") && (typeof message.delayNs === "object" ? message.delayNs.low || message.delayNs.high : message.delayNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.delayNs);
                if (message.failureAction != null && $Object.hasOwnProperty.call(message, "failureAction") && message.failureAction !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.failureAction);
                if (message.monitorNs != null && $Object.hasOwnProperty.call(message, "monitorNs") && (typeof message.monitorNs === "object" ? message.monitorNs.low || message.monitorNs.high : message.monitorNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.monitorNs);
                if (message.maxFailureRatio != null && $Object.hasOwnProperty.call(message, "maxFailureRatio") && !$Object.is(message.maxFailureRatio, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.maxFailureRatio);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.order);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateConfig message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateConfig & shoal.v1.UpdateConfig.$Shape} UpdateConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.UpdateConfig();
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
                                message.parallelism = value;
                            else
                                delete message.parallelism;
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.failureAction = value;
                            else
                                delete message.failureAction;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.monitorNs = value;
                            else
                                delete message.monitorNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxFailureRatio = value;
                            else
                                delete message.maxFailureRatio;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.order = value;
                            else
                                delete message.order;
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
             * Creates an UpdateConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.UpdateConfig} UpdateConfig
             */
            UpdateConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.UpdateConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.UpdateConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.UpdateConfig();
                if (object.parallelism != null)
                    if (typeof object.parallelism === "object" ? object.parallelism.low || object.parallelism.high : $Number(object.parallelism) !== 0)
                        if ($util.Long)
                            message.parallelism = $util.Long.fromValue(object.parallelism, true);
                        else if (typeof object.parallelism === "string")
                            message.parallelism = $parseInt(object.parallelism, 10);
                        else if (typeof object.parallelism === "number")
                            message.parallelism = object.parallelism;
                        else if (typeof object.parallelism === "object")
                            message.parallelism = new $util.LongBits(object.parallelism.low >>> 0, object.parallelism.high >>> 0).toNumber(true);
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
                if (object.failureAction != null)
                    if (typeof object.failureAction !== "string" || object.failureAction.length)
                        message.failureAction = $String(object.failureAction);
                if (object.monitorNs != null)
                    if (typeof object.monitorNs === "object" ? object.monitorNs.low || object.monitorNs.high : $Number(object.monitorNs) !== 0)
                        if ($util.Long)
                            message.monitorNs = $util.Long.fromValue(object.monitorNs, false);
                        else if (typeof object.monitorNs === "string")
                            message.monitorNs = $parseInt(object.monitorNs, 10);
                        else if (typeof object.monitorNs === "number")
                            message.monitorNs = object.monitorNs;
                        else if (typeof object.monitorNs === "object")
                            message.monitorNs = new $util.LongBits(object.monitorNs.low >>> 0, object.monitorNs.high >>> 0).toNumber();
                if (object.maxFailureRatio != null)
                    if (!$Object.is($Number(object.maxFailureRatio), 0))
                        message.maxFailureRatio = $Number(object.maxFailureRatio);
                if (object.order != null)
                    if (typeof object.order !== "string" || object.order.length)
                        message.order = $String(object.order);
                return message;
            };

            /**
             * Creates a plain object from an UpdateConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {shoal.v1.UpdateConfig} message UpdateConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateConfig.toObject = function (message, options, _depth) {
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
                        object.parallelism = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.parallelism = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.delayNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.delayNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.failureAction = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.monitorNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monitorNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxFailureRatio = 0;
                    object.order = "";
                }
                if (message.parallelism != null && $Object.hasOwnProperty.call(message, "parallelism"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.parallelism = typeof message.parallelism === "number" ? $BigInt(message.parallelism) : $util.Long.fromBits(message.parallelism.low >>> 0, message.parallelism.high >>> 0, true).toBigInt();
                    else if (typeof message.parallelism === "number")
                        object.parallelism = options.longs === $String ? $String(message.parallelism) : message.parallelism;
                    else
                        object.parallelism = options.longs === $String ? $util.Long.prototype.toString.call(message.parallelism) : options.longs === $Number ? new $util.LongBits(message.parallelism.low >>> 0, message.parallelism.high >>> 0).toNumber(true) : message.parallelism;
                if (message.delayNs != null && $Object.hasOwnProperty.call(message, "delayNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.delayNs = typeof message.delayNs === "number" ? $BigInt(message.delayNs) : $util.Long.fromBits(message.delayNs.low >>> 0, message.delayNs.high >>> 0, false).toBigInt();
                    else if (typeof message.delayNs === "number")
                        object.delayNs = options.longs === $String ? $String(message.delayNs) : message.delayNs;
                    else
                        object.delayNs = options.longs === $String ? $util.Long.prototype.toString.call(message.delayNs) : options.longs === $Number ? new $util.LongBits(message.delayNs.low >>> 0, message.delayNs.high >>> 0).toNumber() : message.delayNs;
                if (message.failureAction != null && $Object.hasOwnProperty.call(message, "failureAction"))
                    object.failureAction = message.failureAction;
                if (message.monitorNs != null && $Object.hasOwnProperty.call(message, "monitorNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monitorNs = typeof message.monitorNs === "number" ? $BigInt(message.monitorNs) : $util.Long.fromBits(message.monitorNs.low >>> 0, message.monitorNs.high >>> 0, false).toBigInt();
                    else if (typeof message.monitorNs === "number")
                        object.monitorNs = options.longs === $String ? $String(message.monitorNs) : message.monitorNs;
                    else
                        object.monitorNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monitorNs) : options.longs === $Number ? new $util.LongBits(message.monitorNs.low >>> 0, message.monitorNs.high >>> 0).toNumber() : message.monitorNs;
                if (message.maxFailureRatio != null && $Object.hasOwnProperty.call(message, "maxFailureRatio"))
                    object.maxFailureRatio = options.json && !$isFinite(message.maxFailureRatio) ? $String(message.maxFailureRatio) : message.maxFailureRatio;
                if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                    object.order = message.order;
                return object;
            };

            /**
             * Converts this UpdateConfig to JSON.
             * @function toJSON
             * @memberof shoal.v1.UpdateConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateConfig.prototype.toJSON = function() {
                return UpdateConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateConfig
             * @function getTypeUrl
             * @memberof shoal.v1.UpdateConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.UpdateConfig";
            };

            return UpdateConfig;
        })();

        v1.UpdateStatus = (function() {

            /**
             * Properties of an UpdateStatus.
             * @typedef {Object} shoal.v1.UpdateStatus.$Properties
             * @property {string|null} [state] UpdateStatus state
             * @property {number|null} [startedAt] UpdateStatus startedAt
             * @property {number|null} [completedAt] UpdateStatus completedAt
             * @property {string|null} [message] UpdateStatus message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateStatus.
             * @memberof shoal.v1
             * @interface IUpdateStatus
             * @augments shoal.v1.UpdateStatus.$Properties
             * @deprecated Use shoal.v1.UpdateStatus.$Properties instead.
             */

            /**
             * Shape of an UpdateStatus.
             * @typedef {shoal.v1.UpdateStatus.$Properties} shoal.v1.UpdateStatus.$Shape
             */

            /**
             * Constructs a new UpdateStatus.
             * @memberof shoal.v1
             * @classdesc Represents an UpdateStatus.
             * @constructor
             * @param {shoal.v1.UpdateStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateStatus state.
             * @member {string} state
             * @memberof shoal.v1.UpdateStatus
             * @instance
             */
            UpdateStatus.prototype.state = "";

            /**
             * UpdateStatus startedAt.
             * @member {number} startedAt
             * @memberof shoal.v1.UpdateStatus
             * @instance
             */
            UpdateStatus.prototype.startedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UpdateStatus completedAt.
             * @member {number} completedAt
             * @memberof shoal.v1.UpdateStatus
             * @instance
             */
            UpdateStatus.prototype.completedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UpdateStatus message.
             * @member {string} message
             * @memberof shoal.v1.UpdateStatus
             * @instance
             */
            UpdateStatus.prototype.message = "";

            /**
             * Creates a new UpdateStatus instance using the specified properties.
             * @function create
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {shoal.v1.UpdateStatus.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.UpdateStatus} UpdateStatus instance
             * @type {{
             *   (properties: shoal.v1.UpdateStatus.$Shape): shoal.v1.UpdateStatus & shoal.v1.UpdateStatus.$Shape;
             *   (properties?: shoal.v1.UpdateStatus.$Properties): shoal.v1.UpdateStatus;
             * }}
             */
            UpdateStatus.create = function(properties) {
                return new UpdateStatus(properties);
            };

            /**
             * Encodes the specified UpdateStatus message. Does not implicitly {@link shoal.v1.UpdateStatus.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {shoal.v1.UpdateStatus.$Properties} message UpdateStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && (typeof message.startedAt === "object" ? message.startedAt.low || message.startedAt.high : message.startedAt !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.startedAt);
                if (message.completedAt != null && $Object.hasOwnProperty.call(message, "completedAt") && (typeof message.completedAt === "object" ? message.completedAt.low || message.completedAt.high : message.completedAt !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.completedAt);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateStatus message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateStatus & shoal.v1.UpdateStatus.$Shape} UpdateStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.UpdateStatus();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAt = value;
                            else
                                delete message.startedAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.completedAt = value;
                            else
                                delete message.completedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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
             * Creates an UpdateStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.UpdateStatus} UpdateStatus
             */
            UpdateStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.UpdateStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.UpdateStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.UpdateStatus();
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.startedAt != null)
                    if (typeof object.startedAt === "object" ? object.startedAt.low || object.startedAt.high : $Number(object.startedAt) !== 0)
                        if ($util.Long)
                            message.startedAt = $util.Long.fromValue(object.startedAt, false);
                        else if (typeof object.startedAt === "string")
                            message.startedAt = $parseInt(object.startedAt, 10);
                        else if (typeof object.startedAt === "number")
                            message.startedAt = object.startedAt;
                        else if (typeof object.startedAt === "object")
                            message.startedAt = new $util.LongBits(object.startedAt.low >>> 0, object.startedAt.high >>> 0).toNumber();
                if (object.completedAt != null)
                    if (typeof object.completedAt === "object" ? object.completedAt.low || object.completedAt.high : $Number(object.completedAt) !== 0)
                        if ($util.Long)
                            message.completedAt = $util.Long.fromValue(object.completedAt, false);
                        else if (typeof object.completedAt === "string")
                            message.completedAt = $parseInt(object.completedAt, 10);
                        else if (typeof object.completedAt === "number")
                            message.completedAt = object.completedAt;
                        else if (typeof object.completedAt === "object")
                            message.completedAt = new $util.LongBits(object.completedAt.low >>> 0, object.completedAt.high >>> 0).toNumber();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an UpdateStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {shoal.v1.UpdateStatus} message UpdateStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.state = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.completedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.completedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = "";
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAt = typeof message.startedAt === "number" ? $BigInt(message.startedAt) : $util.Long.fromBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAt === "number")
                        object.startedAt = options.longs === $String ? $String(message.startedAt) : message.startedAt;
                    else
                        object.startedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAt) : options.longs === $Number ? new $util.LongBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0).toNumber() : message.startedAt;
                if (message.completedAt != null && $Object.hasOwnProperty.call(message, "completedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.completedAt = typeof message.completedAt === "number" ? $BigInt(message.completedAt) : $util.Long.fromBits(message.completedAt.low >>> 0, message.completedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.completedAt === "number")
                        object.completedAt = options.longs === $String ? $String(message.completedAt) : message.completedAt;
                    else
                        object.completedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.completedAt) : options.longs === $Number ? new $util.LongBits(message.completedAt.low >>> 0, message.completedAt.high >>> 0).toNumber() : message.completedAt;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this UpdateStatus to JSON.
             * @function toJSON
             * @memberof shoal.v1.UpdateStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateStatus.prototype.toJSON = function() {
                return UpdateStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateStatus
             * @function getTypeUrl
             * @memberof shoal.v1.UpdateStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.UpdateStatus";
            };

            return UpdateStatus;
        })();

        v1.Service = (function() {

            /**
             * Properties of a Service.
             * @typedef {Object} shoal.v1.Service.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Service meta
             * @property {shoal.v1.ServiceSpec.$Properties|null} [spec] Service spec
             * @property {shoal.v1.ServiceSpec.$Properties|null} [previousSpec] Service previousSpec
             * @property {number|null} [specVersion] Service specVersion
             * @property {shoal.v1.UpdateStatus.$Properties|null} [updateStatus] Service updateStatus
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
             * Service updateStatus.
             * @member {shoal.v1.UpdateStatus.$Properties|null|undefined} updateStatus
             * @memberof shoal.v1.Service
             * @instance
             */
            Service.prototype.updateStatus = null;

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
                if (message.updateStatus != null && $Object.hasOwnProperty.call(message, "updateStatus"))
                    $root.shoal.v1.UpdateStatus.encode(message.updateStatus, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
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
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.updateStatus = $root.shoal.v1.UpdateStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.updateStatus);
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
                if (object.updateStatus != null) {
                    if (!$util.isObject(object.updateStatus))
                        throw $TypeError(".shoal.v1.Service.updateStatus: object expected");
                    message.updateStatus = $root.shoal.v1.UpdateStatus.fromObject(object.updateStatus, _depth + 1);
                }
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
                    object.updateStatus = null;
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
                if (message.updateStatus != null && $Object.hasOwnProperty.call(message, "updateStatus"))
                    object.updateStatus = $root.shoal.v1.UpdateStatus.toObject(message.updateStatus, options, _depth + 1);
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
             * @property {Array.<shoal.v1.PortConfig.$Properties>|null} [ports] Task ports
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
                this.ports = [];
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
             * Task ports.
             * @member {Array.<shoal.v1.PortConfig.$Properties>} ports
             * @memberof shoal.v1.Task
             * @instance
             */
            Task.prototype.ports = $util.emptyArray;

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
                if (message.ports != null && message.ports.length)
                    for (var i = 0; i < message.ports.length; ++i)
                        $root.shoal.v1.PortConfig.encode(message.ports[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
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
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.shoal.v1.PortConfig.decode(reader, reader.size(), $undefined, _depth + 1));
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
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".shoal.v1.Task.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (var i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".shoal.v1.Task.ports: object expected");
                        message.ports[i] = $root.shoal.v1.PortConfig.fromObject(object.ports[i], _depth + 1);
                    }
                }
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
                if (options.arrays || options.defaults)
                    object.ports = [];
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
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (var j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.shoal.v1.PortConfig.toObject(message.ports[j], options, _depth + 1);
                }
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

        v1.SecretSpec = (function() {

            /**
             * Properties of a SecretSpec.
             * @typedef {Object} shoal.v1.SecretSpec.$Properties
             * @property {shoal.v1.Annotations.$Properties|null} [annotations] SecretSpec annotations
             * @property {Uint8Array|null} [data] SecretSpec data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecretSpec.
             * @memberof shoal.v1
             * @interface ISecretSpec
             * @augments shoal.v1.SecretSpec.$Properties
             * @deprecated Use shoal.v1.SecretSpec.$Properties instead.
             */

            /**
             * Shape of a SecretSpec.
             * @typedef {shoal.v1.SecretSpec.$Properties} shoal.v1.SecretSpec.$Shape
             */

            /**
             * Constructs a new SecretSpec.
             * @memberof shoal.v1
             * @classdesc Represents a SecretSpec.
             * @constructor
             * @param {shoal.v1.SecretSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SecretSpec = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecretSpec annotations.
             * @member {shoal.v1.Annotations.$Properties|null|undefined} annotations
             * @memberof shoal.v1.SecretSpec
             * @instance
             */
            SecretSpec.prototype.annotations = null;

            /**
             * SecretSpec data.
             * @member {Uint8Array} data
             * @memberof shoal.v1.SecretSpec
             * @instance
             */
            SecretSpec.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new SecretSpec instance using the specified properties.
             * @function create
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {shoal.v1.SecretSpec.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.SecretSpec} SecretSpec instance
             * @type {{
             *   (properties: shoal.v1.SecretSpec.$Shape): shoal.v1.SecretSpec & shoal.v1.SecretSpec.$Shape;
             *   (properties?: shoal.v1.SecretSpec.$Properties): shoal.v1.SecretSpec;
             * }}
             */
            SecretSpec.create = function(properties) {
                return new SecretSpec(properties);
            };

            /**
             * Encodes the specified SecretSpec message. Does not implicitly {@link shoal.v1.SecretSpec.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {shoal.v1.SecretSpec.$Properties} message SecretSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecretSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    $root.shoal.v1.Annotations.encode(message.annotations, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecretSpec message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.SecretSpec & shoal.v1.SecretSpec.$Shape} SecretSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecretSpec.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.SecretSpec();
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
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Creates a SecretSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.SecretSpec} SecretSpec
             */
            SecretSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.SecretSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.SecretSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.SecretSpec();
                if (object.annotations != null) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".shoal.v1.SecretSpec.annotations: object expected");
                    message.annotations = $root.shoal.v1.Annotations.fromObject(object.annotations, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a SecretSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {shoal.v1.SecretSpec} message SecretSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SecretSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.annotations = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    object.annotations = $root.shoal.v1.Annotations.toObject(message.annotations, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this SecretSpec to JSON.
             * @function toJSON
             * @memberof shoal.v1.SecretSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SecretSpec.prototype.toJSON = function() {
                return SecretSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SecretSpec
             * @function getTypeUrl
             * @memberof shoal.v1.SecretSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecretSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.SecretSpec";
            };

            return SecretSpec;
        })();

        v1.Secret = (function() {

            /**
             * Properties of a Secret.
             * @typedef {Object} shoal.v1.Secret.$Properties
             * @property {shoal.v1.Meta.$Properties|null} [meta] Secret meta
             * @property {shoal.v1.SecretSpec.$Properties|null} [spec] Secret spec
             * @property {Uint8Array|null} [sealedData] Secret sealedData
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Secret.
             * @memberof shoal.v1
             * @interface ISecret
             * @augments shoal.v1.Secret.$Properties
             * @deprecated Use shoal.v1.Secret.$Properties instead.
             */

            /**
             * Shape of a Secret.
             * @typedef {shoal.v1.Secret.$Properties} shoal.v1.Secret.$Shape
             */

            /**
             * Constructs a new Secret.
             * @memberof shoal.v1
             * @classdesc Represents a Secret.
             * @constructor
             * @param {shoal.v1.Secret.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Secret = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Secret meta.
             * @member {shoal.v1.Meta.$Properties|null|undefined} meta
             * @memberof shoal.v1.Secret
             * @instance
             */
            Secret.prototype.meta = null;

            /**
             * Secret spec.
             * @member {shoal.v1.SecretSpec.$Properties|null|undefined} spec
             * @memberof shoal.v1.Secret
             * @instance
             */
            Secret.prototype.spec = null;

            /**
             * Secret sealedData.
             * @member {Uint8Array} sealedData
             * @memberof shoal.v1.Secret
             * @instance
             */
            Secret.prototype.sealedData = $util.newBuffer([]);

            /**
             * Creates a new Secret instance using the specified properties.
             * @function create
             * @memberof shoal.v1.Secret
             * @static
             * @param {shoal.v1.Secret.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.Secret} Secret instance
             * @type {{
             *   (properties: shoal.v1.Secret.$Shape): shoal.v1.Secret & shoal.v1.Secret.$Shape;
             *   (properties?: shoal.v1.Secret.$Properties): shoal.v1.Secret;
             * }}
             */
            Secret.create = function(properties) {
                return new Secret(properties);
            };

            /**
             * Encodes the specified Secret message. Does not implicitly {@link shoal.v1.Secret.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.Secret
             * @static
             * @param {shoal.v1.Secret.$Properties} message Secret message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Secret.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.shoal.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.shoal.v1.SecretSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sealedData != null && $Object.hasOwnProperty.call(message, "sealedData") && message.sealedData.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sealedData);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Secret message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.Secret
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.Secret & shoal.v1.Secret.$Shape} Secret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Secret.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.Secret();
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
                            message.spec = $root.shoal.v1.SecretSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sealedData = value;
                            else
                                delete message.sealedData;
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
             * Creates a Secret message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.Secret
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.Secret} Secret
             */
            Secret.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.Secret)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.Secret: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.Secret();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".shoal.v1.Secret.meta: object expected");
                    message.meta = $root.shoal.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".shoal.v1.Secret.spec: object expected");
                    message.spec = $root.shoal.v1.SecretSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.sealedData != null)
                    if (object.sealedData.length)
                        if (typeof object.sealedData === "string")
                            $util.base64.decode(object.sealedData, message.sealedData = $util.newBuffer($util.base64.length(object.sealedData)), 0);
                        else if (object.sealedData.length >= 0)
                            message.sealedData = object.sealedData;
                return message;
            };

            /**
             * Creates a plain object from a Secret message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.Secret
             * @static
             * @param {shoal.v1.Secret} message Secret
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Secret.toObject = function (message, options, _depth) {
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
                    if (options.bytes === $String)
                        object.sealedData = "";
                    else {
                        object.sealedData = [];
                        if (options.bytes !== $Array)
                            object.sealedData = $util.newBuffer(object.sealedData);
                    }
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.shoal.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.shoal.v1.SecretSpec.toObject(message.spec, options, _depth + 1);
                if (message.sealedData != null && $Object.hasOwnProperty.call(message, "sealedData"))
                    object.sealedData = options.bytes === $String ? $util.base64.encode(message.sealedData, 0, message.sealedData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sealedData) : message.sealedData;
                return object;
            };

            /**
             * Converts this Secret to JSON.
             * @function toJSON
             * @memberof shoal.v1.Secret
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Secret.prototype.toJSON = function() {
                return Secret.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Secret
             * @function getTypeUrl
             * @memberof shoal.v1.Secret
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Secret.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.Secret";
            };

            return Secret;
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
             * @property {shoal.v1.RaftConfig.$Properties|null} [raft] ClusterSpec raft
             * @property {Array.<shoal.v1.ExternalCA.$Properties>|null} [externalCas] ClusterSpec externalCas
             * @property {number|null} [caForceRotate] ClusterSpec caForceRotate
             * @property {shoal.v1.EncryptionConfig.$Properties|null} [encryptionConfig] ClusterSpec encryptionConfig
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
                this.externalCas = [];
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
             * ClusterSpec raft.
             * @member {shoal.v1.RaftConfig.$Properties|null|undefined} raft
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.raft = null;

            /**
             * ClusterSpec externalCas.
             * @member {Array.<shoal.v1.ExternalCA.$Properties>} externalCas
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.externalCas = $util.emptyArray;

            /**
             * ClusterSpec caForceRotate.
             * @member {number} caForceRotate
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.caForceRotate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterSpec encryptionConfig.
             * @member {shoal.v1.EncryptionConfig.$Properties|null|undefined} encryptionConfig
             * @memberof shoal.v1.ClusterSpec
             * @instance
             */
            ClusterSpec.prototype.encryptionConfig = null;

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
                if (message.raft != null && $Object.hasOwnProperty.call(message, "raft"))
                    $root.shoal.v1.RaftConfig.encode(message.raft, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.externalCas != null && message.externalCas.length)
                    for (var i = 0; i < message.externalCas.length; ++i)
                        $root.shoal.v1.ExternalCA.encode(message.externalCas[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.caForceRotate != null && $Object.hasOwnProperty.call(message, "caForceRotate") && (typeof message.caForceRotate === "object" ? message.caForceRotate.low || message.caForceRotate.high : message.caForceRotate !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.caForceRotate);
                if (message.encryptionConfig != null && $Object.hasOwnProperty.call(message, "encryptionConfig"))
                    $root.shoal.v1.EncryptionConfig.encode(message.encryptionConfig, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.raft = $root.shoal.v1.RaftConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.raft);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.externalCas && message.externalCas.length))
                                message.externalCas = [];
                            message.externalCas.push($root.shoal.v1.ExternalCA.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.caForceRotate = value;
                            else
                                delete message.caForceRotate;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.encryptionConfig = $root.shoal.v1.EncryptionConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.encryptionConfig);
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
                if (object.raft != null) {
                    if (!$util.isObject(object.raft))
                        throw $TypeError(".shoal.v1.ClusterSpec.raft: object expected");
                    message.raft = $root.shoal.v1.RaftConfig.fromObject(object.raft, _depth + 1);
                }
                if (object.externalCas) {
                    if (!$Array.isArray(object.externalCas))
                        throw $TypeError(".shoal.v1.ClusterSpec.externalCas: array expected");
                    message.externalCas = $Array(object.externalCas.length);
                    for (var i = 0; i < object.externalCas.length; ++i) {
                        if (!$util.isObject(object.externalCas[i]))
                            throw $TypeError(".shoal.v1.ClusterSpec.externalCas: object expected");
                        message.externalCas[i] = $root.shoal.v1.ExternalCA.fromObject(object.externalCas[i], _depth + 1);
                    }
                }
                if (object.caForceRotate != null)
                    if (typeof object.caForceRotate === "object" ? object.caForceRotate.low || object.caForceRotate.high : $Number(object.caForceRotate) !== 0)
                        if ($util.Long)
                            message.caForceRotate = $util.Long.fromValue(object.caForceRotate, true);
                        else if (typeof object.caForceRotate === "string")
                            message.caForceRotate = $parseInt(object.caForceRotate, 10);
                        else if (typeof object.caForceRotate === "number")
                            message.caForceRotate = object.caForceRotate;
                        else if (typeof object.caForceRotate === "object")
                            message.caForceRotate = new $util.LongBits(object.caForceRotate.low >>> 0, object.caForceRotate.high >>> 0).toNumber(true);
                if (object.encryptionConfig != null) {
                    if (!$util.isObject(object.encryptionConfig))
                        throw $TypeError(".shoal.v1.ClusterSpec.encryptionConfig: object expected");
                    message.encryptionConfig = $root.shoal.v1.EncryptionConfig.fromObject(object.encryptionConfig, _depth + 1);
                }
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
                if (options.arrays || options.defaults)
                    object.externalCas = [];
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
                    object.raft = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.caForceRotate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.caForceRotate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.encryptionConfig = null;
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
                if (message.raft != null && $Object.hasOwnProperty.call(message, "raft"))
                    object.raft = $root.shoal.v1.RaftConfig.toObject(message.raft, options, _depth + 1);
                if (message.externalCas && message.externalCas.length) {
                    object.externalCas = $Array(message.externalCas.length);
                    for (var j = 0; j < message.externalCas.length; ++j)
                        object.externalCas[j] = $root.shoal.v1.ExternalCA.toObject(message.externalCas[j], options, _depth + 1);
                }
                if (message.caForceRotate != null && $Object.hasOwnProperty.call(message, "caForceRotate"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.caForceRotate = typeof message.caForceRotate === "number" ? $BigInt(message.caForceRotate) : $util.Long.fromBits(message.caForceRotate.low >>> 0, message.caForceRotate.high >>> 0, true).toBigInt();
                    else if (typeof message.caForceRotate === "number")
                        object.caForceRotate = options.longs === $String ? $String(message.caForceRotate) : message.caForceRotate;
                    else
                        object.caForceRotate = options.longs === $String ? $util.Long.prototype.toString.call(message.caForceRotate) : options.longs === $Number ? new $util.LongBits(message.caForceRotate.low >>> 0, message.caForceRotate.high >>> 0).toNumber(true) : message.caForceRotate;
                if (message.encryptionConfig != null && $Object.hasOwnProperty.call(message, "encryptionConfig"))
                    object.encryptionConfig = $root.shoal.v1.EncryptionConfig.toObject(message.encryptionConfig, options, _depth + 1);
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

        v1.EncryptionConfig = (function() {

            /**
             * Properties of an EncryptionConfig.
             * @typedef {Object} shoal.v1.EncryptionConfig.$Properties
             * @property {boolean|null} [autoLockManagers] EncryptionConfig autoLockManagers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncryptionConfig.
             * @memberof shoal.v1
             * @interface IEncryptionConfig
             * @augments shoal.v1.EncryptionConfig.$Properties
             * @deprecated Use shoal.v1.EncryptionConfig.$Properties instead.
             */

            /**
             * Shape of an EncryptionConfig.
             * @typedef {shoal.v1.EncryptionConfig.$Properties} shoal.v1.EncryptionConfig.$Shape
             */

            /**
             * Constructs a new EncryptionConfig.
             * @memberof shoal.v1
             * @classdesc Represents an EncryptionConfig.
             * @constructor
             * @param {shoal.v1.EncryptionConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EncryptionConfig = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EncryptionConfig autoLockManagers.
             * @member {boolean} autoLockManagers
             * @memberof shoal.v1.EncryptionConfig
             * @instance
             */
            EncryptionConfig.prototype.autoLockManagers = false;

            /**
             * Creates a new EncryptionConfig instance using the specified properties.
             * @function create
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {shoal.v1.EncryptionConfig.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.EncryptionConfig} EncryptionConfig instance
             * @type {{
             *   (properties: shoal.v1.EncryptionConfig.$Shape): shoal.v1.EncryptionConfig & shoal.v1.EncryptionConfig.$Shape;
             *   (properties?: shoal.v1.EncryptionConfig.$Properties): shoal.v1.EncryptionConfig;
             * }}
             */
            EncryptionConfig.create = function(properties) {
                return new EncryptionConfig(properties);
            };

            /**
             * Encodes the specified EncryptionConfig message. Does not implicitly {@link shoal.v1.EncryptionConfig.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {shoal.v1.EncryptionConfig.$Properties} message EncryptionConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncryptionConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.autoLockManagers != null && $Object.hasOwnProperty.call(message, "autoLockManagers") && message.autoLockManagers !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.autoLockManagers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EncryptionConfig message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.EncryptionConfig & shoal.v1.EncryptionConfig.$Shape} EncryptionConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncryptionConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.EncryptionConfig();
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
                            if (value = reader.bool())
                                message.autoLockManagers = value;
                            else
                                delete message.autoLockManagers;
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
             * Creates an EncryptionConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.EncryptionConfig} EncryptionConfig
             */
            EncryptionConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.EncryptionConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.EncryptionConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.EncryptionConfig();
                if (object.autoLockManagers != null)
                    if (object.autoLockManagers)
                        message.autoLockManagers = $Boolean(object.autoLockManagers);
                return message;
            };

            /**
             * Creates a plain object from an EncryptionConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {shoal.v1.EncryptionConfig} message EncryptionConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EncryptionConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.autoLockManagers = false;
                if (message.autoLockManagers != null && $Object.hasOwnProperty.call(message, "autoLockManagers"))
                    object.autoLockManagers = message.autoLockManagers;
                return object;
            };

            /**
             * Converts this EncryptionConfig to JSON.
             * @function toJSON
             * @memberof shoal.v1.EncryptionConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EncryptionConfig.prototype.toJSON = function() {
                return EncryptionConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EncryptionConfig
             * @function getTypeUrl
             * @memberof shoal.v1.EncryptionConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncryptionConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.EncryptionConfig";
            };

            return EncryptionConfig;
        })();

        v1.ExternalCA = (function() {

            /**
             * Properties of an ExternalCA.
             * @typedef {Object} shoal.v1.ExternalCA.$Properties
             * @property {string|null} [protocol] ExternalCA protocol
             * @property {string|null} [url] ExternalCA url
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExternalCA.
             * @memberof shoal.v1
             * @interface IExternalCA
             * @augments shoal.v1.ExternalCA.$Properties
             * @deprecated Use shoal.v1.ExternalCA.$Properties instead.
             */

            /**
             * Shape of an ExternalCA.
             * @typedef {shoal.v1.ExternalCA.$Properties} shoal.v1.ExternalCA.$Shape
             */

            /**
             * Constructs a new ExternalCA.
             * @memberof shoal.v1
             * @classdesc Represents an ExternalCA.
             * @constructor
             * @param {shoal.v1.ExternalCA.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ExternalCA = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExternalCA protocol.
             * @member {string} protocol
             * @memberof shoal.v1.ExternalCA
             * @instance
             */
            ExternalCA.prototype.protocol = "";

            /**
             * ExternalCA url.
             * @member {string} url
             * @memberof shoal.v1.ExternalCA
             * @instance
             */
            ExternalCA.prototype.url = "";

            /**
             * Creates a new ExternalCA instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {shoal.v1.ExternalCA.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ExternalCA} ExternalCA instance
             * @type {{
             *   (properties: shoal.v1.ExternalCA.$Shape): shoal.v1.ExternalCA & shoal.v1.ExternalCA.$Shape;
             *   (properties?: shoal.v1.ExternalCA.$Properties): shoal.v1.ExternalCA;
             * }}
             */
            ExternalCA.create = function(properties) {
                return new ExternalCA(properties);
            };

            /**
             * Encodes the specified ExternalCA message. Does not implicitly {@link shoal.v1.ExternalCA.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {shoal.v1.ExternalCA.$Properties} message ExternalCA message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExternalCA.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.protocol);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExternalCA message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ExternalCA & shoal.v1.ExternalCA.$Shape} ExternalCA
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExternalCA.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ExternalCA();
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
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
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
             * Creates an ExternalCA message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ExternalCA} ExternalCA
             */
            ExternalCA.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ExternalCA)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ExternalCA: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ExternalCA();
                if (object.protocol != null)
                    if (typeof object.protocol !== "string" || object.protocol.length)
                        message.protocol = $String(object.protocol);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                return message;
            };

            /**
             * Creates a plain object from an ExternalCA message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {shoal.v1.ExternalCA} message ExternalCA
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExternalCA.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocol = "";
                    object.url = "";
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                return object;
            };

            /**
             * Converts this ExternalCA to JSON.
             * @function toJSON
             * @memberof shoal.v1.ExternalCA
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExternalCA.prototype.toJSON = function() {
                return ExternalCA.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExternalCA
             * @function getTypeUrl
             * @memberof shoal.v1.ExternalCA
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExternalCA.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ExternalCA";
            };

            return ExternalCA;
        })();

        v1.RaftConfig = (function() {

            /**
             * Properties of a RaftConfig.
             * @typedef {Object} shoal.v1.RaftConfig.$Properties
             * @property {number|null} [tickMs] RaftConfig tickMs
             * @property {number|null} [electionTicks] RaftConfig electionTicks
             * @property {number|null} [heartbeatTicks] RaftConfig heartbeatTicks
             * @property {number|null} [snapshotInterval] RaftConfig snapshotInterval
             * @property {number|null} [keepOldSnapshots] RaftConfig keepOldSnapshots
             * @property {number|null} [logEntriesForSlowFollowers] RaftConfig logEntriesForSlowFollowers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftConfig.
             * @memberof shoal.v1
             * @interface IRaftConfig
             * @augments shoal.v1.RaftConfig.$Properties
             * @deprecated Use shoal.v1.RaftConfig.$Properties instead.
             */

            /**
             * Shape of a RaftConfig.
             * @typedef {shoal.v1.RaftConfig.$Properties} shoal.v1.RaftConfig.$Shape
             */

            /**
             * Constructs a new RaftConfig.
             * @memberof shoal.v1
             * @classdesc Represents a RaftConfig.
             * @constructor
             * @param {shoal.v1.RaftConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RaftConfig = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftConfig tickMs.
             * @member {number} tickMs
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.tickMs = 0;

            /**
             * RaftConfig electionTicks.
             * @member {number} electionTicks
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.electionTicks = 0;

            /**
             * RaftConfig heartbeatTicks.
             * @member {number} heartbeatTicks
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.heartbeatTicks = 0;

            /**
             * RaftConfig snapshotInterval.
             * @member {number} snapshotInterval
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.snapshotInterval = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftConfig keepOldSnapshots.
             * @member {number} keepOldSnapshots
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.keepOldSnapshots = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftConfig logEntriesForSlowFollowers.
             * @member {number|null|undefined} logEntriesForSlowFollowers
             * @memberof shoal.v1.RaftConfig
             * @instance
             */
            RaftConfig.prototype.logEntriesForSlowFollowers = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RaftConfig.prototype, "_logEntriesForSlowFollowers", {
                get: $util.oneOfGetter($oneOfFields = ["logEntriesForSlowFollowers"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RaftConfig instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {shoal.v1.RaftConfig.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RaftConfig} RaftConfig instance
             * @type {{
             *   (properties: shoal.v1.RaftConfig.$Shape): shoal.v1.RaftConfig & shoal.v1.RaftConfig.$Shape;
             *   (properties?: shoal.v1.RaftConfig.$Properties): shoal.v1.RaftConfig;
             * }}
             */
            RaftConfig.create = function(properties) {
                return new RaftConfig(properties);
            };

            /**
             * Encodes the specified RaftConfig message. Does not implicitly {@link shoal.v1.RaftConfig.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {shoal.v1.RaftConfig.$Properties} message RaftConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tickMs != null && $Object.hasOwnProperty.call(message, "tickMs") && message.tickMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tickMs);
                if (message.electionTicks != null && $Object.hasOwnProperty.call(message, "electionTicks") && message.electionTicks !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.electionTicks);
                if (message.heartbeatTicks != null && $Object.hasOwnProperty.call(message, "heartbeatTicks") && message.heartbeatTicks !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatTicks);
                if (message.snapshotInterval != null && $Object.hasOwnProperty.call(message, "snapshotInterval") && (typeof message.snapshotInterval === "object" ? message.snapshotInterval.low || message.snapshotInterval.high : message.snapshotInterval !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.snapshotInterval);
                if (message.keepOldSnapshots != null && $Object.hasOwnProperty.call(message, "keepOldSnapshots") && (typeof message.keepOldSnapshots === "object" ? message.keepOldSnapshots.low || message.keepOldSnapshots.high : message.keepOldSnapshots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.keepOldSnapshots);
                if (message.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(message, "logEntriesForSlowFollowers"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.logEntriesForSlowFollowers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftConfig message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RaftConfig & shoal.v1.RaftConfig.$Shape} RaftConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RaftConfig();
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
                            if (value = reader.uint32())
                                message.tickMs = value;
                            else
                                delete message.tickMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.electionTicks = value;
                            else
                                delete message.electionTicks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatTicks = value;
                            else
                                delete message.heartbeatTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotInterval = value;
                            else
                                delete message.snapshotInterval;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.keepOldSnapshots = value;
                            else
                                delete message.keepOldSnapshots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.logEntriesForSlowFollowers = reader.uint64();
                            message._logEntriesForSlowFollowers = "logEntriesForSlowFollowers";
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
             * Creates a RaftConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RaftConfig} RaftConfig
             */
            RaftConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RaftConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RaftConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RaftConfig();
                if (object.tickMs != null)
                    if ($Number(object.tickMs) !== 0)
                        message.tickMs = object.tickMs >>> 0;
                if (object.electionTicks != null)
                    if ($Number(object.electionTicks) !== 0)
                        message.electionTicks = object.electionTicks >>> 0;
                if (object.heartbeatTicks != null)
                    if ($Number(object.heartbeatTicks) !== 0)
                        message.heartbeatTicks = object.heartbeatTicks >>> 0;
                if (object.snapshotInterval != null)
                    if (typeof object.snapshotInterval === "object" ? object.snapshotInterval.low || object.snapshotInterval.high : $Number(object.snapshotInterval) !== 0)
                        if ($util.Long)
                            message.snapshotInterval = $util.Long.fromValue(object.snapshotInterval, true);
                        else if (typeof object.snapshotInterval === "string")
                            message.snapshotInterval = $parseInt(object.snapshotInterval, 10);
                        else if (typeof object.snapshotInterval === "number")
                            message.snapshotInterval = object.snapshotInterval;
                        else if (typeof object.snapshotInterval === "object")
                            message.snapshotInterval = new $util.LongBits(object.snapshotInterval.low >>> 0, object.snapshotInterval.high >>> 0).toNumber(true);
                if (object.keepOldSnapshots != null)
                    if (typeof object.keepOldSnapshots === "object" ? object.keepOldSnapshots.low || object.keepOldSnapshots.high : $Number(object.keepOldSnapshots) !== 0)
                        if ($util.Long)
                            message.keepOldSnapshots = $util.Long.fromValue(object.keepOldSnapshots, true);
                        else if (typeof object.keepOldSnapshots === "string")
                            message.keepOldSnapshots = $parseInt(object.keepOldSnapshots, 10);
                        else if (typeof object.keepOldSnapshots === "number")
                            message.keepOldSnapshots = object.keepOldSnapshots;
                        else if (typeof object.keepOldSnapshots === "object")
                            message.keepOldSnapshots = new $util.LongBits(object.keepOldSnapshots.low >>> 0, object.keepOldSnapshots.high >>> 0).toNumber(true);
                if (object.logEntriesForSlowFollowers != null)
                    if ($util.Long)
                        message.logEntriesForSlowFollowers = $util.Long.fromValue(object.logEntriesForSlowFollowers, true);
                    else if (typeof object.logEntriesForSlowFollowers === "string")
                        message.logEntriesForSlowFollowers = $parseInt(object.logEntriesForSlowFollowers, 10);
                    else if (typeof object.logEntriesForSlowFollowers === "number")
                        message.logEntriesForSlowFollowers = object.logEntriesForSlowFollowers;
                    else if (typeof object.logEntriesForSlowFollowers === "object")
                        message.logEntriesForSlowFollowers = new $util.LongBits(object.logEntriesForSlowFollowers.low >>> 0, object.logEntriesForSlowFollowers.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a RaftConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {shoal.v1.RaftConfig} message RaftConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RaftConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.tickMs = 0;
                    object.electionTicks = 0;
                    object.heartbeatTicks = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.snapshotInterval = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.snapshotInterval = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.keepOldSnapshots = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.keepOldSnapshots = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.tickMs != null && $Object.hasOwnProperty.call(message, "tickMs"))
                    object.tickMs = message.tickMs;
                if (message.electionTicks != null && $Object.hasOwnProperty.call(message, "electionTicks"))
                    object.electionTicks = message.electionTicks;
                if (message.heartbeatTicks != null && $Object.hasOwnProperty.call(message, "heartbeatTicks"))
                    object.heartbeatTicks = message.heartbeatTicks;
                if (message.snapshotInterval != null && $Object.hasOwnProperty.call(message, "snapshotInterval"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.snapshotInterval = typeof message.snapshotInterval === "number" ? $BigInt(message.snapshotInterval) : $util.Long.fromBits(message.snapshotInterval.low >>> 0, message.snapshotInterval.high >>> 0, true).toBigInt();
                    else if (typeof message.snapshotInterval === "number")
                        object.snapshotInterval = options.longs === $String ? $String(message.snapshotInterval) : message.snapshotInterval;
                    else
                        object.snapshotInterval = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotInterval) : options.longs === $Number ? new $util.LongBits(message.snapshotInterval.low >>> 0, message.snapshotInterval.high >>> 0).toNumber(true) : message.snapshotInterval;
                if (message.keepOldSnapshots != null && $Object.hasOwnProperty.call(message, "keepOldSnapshots"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.keepOldSnapshots = typeof message.keepOldSnapshots === "number" ? $BigInt(message.keepOldSnapshots) : $util.Long.fromBits(message.keepOldSnapshots.low >>> 0, message.keepOldSnapshots.high >>> 0, true).toBigInt();
                    else if (typeof message.keepOldSnapshots === "number")
                        object.keepOldSnapshots = options.longs === $String ? $String(message.keepOldSnapshots) : message.keepOldSnapshots;
                    else
                        object.keepOldSnapshots = options.longs === $String ? $util.Long.prototype.toString.call(message.keepOldSnapshots) : options.longs === $Number ? new $util.LongBits(message.keepOldSnapshots.low >>> 0, message.keepOldSnapshots.high >>> 0).toNumber(true) : message.keepOldSnapshots;
                if (message.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(message, "logEntriesForSlowFollowers"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.logEntriesForSlowFollowers = typeof message.logEntriesForSlowFollowers === "number" ? $BigInt(message.logEntriesForSlowFollowers) : $util.Long.fromBits(message.logEntriesForSlowFollowers.low >>> 0, message.logEntriesForSlowFollowers.high >>> 0, true).toBigInt();
                    else if (typeof message.logEntriesForSlowFollowers === "number")
                        object.logEntriesForSlowFollowers = options.longs === $String ? $String(message.logEntriesForSlowFollowers) : message.logEntriesForSlowFollowers;
                    else
                        object.logEntriesForSlowFollowers = options.longs === $String ? $util.Long.prototype.toString.call(message.logEntriesForSlowFollowers) : options.longs === $Number ? new $util.LongBits(message.logEntriesForSlowFollowers.low >>> 0, message.logEntriesForSlowFollowers.high >>> 0).toNumber(true) : message.logEntriesForSlowFollowers;
                return object;
            };

            /**
             * Converts this RaftConfig to JSON.
             * @function toJSON
             * @memberof shoal.v1.RaftConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RaftConfig.prototype.toJSON = function() {
                return RaftConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RaftConfig
             * @function getTypeUrl
             * @memberof shoal.v1.RaftConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RaftConfig";
            };

            return RaftConfig;
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
             * @property {shoal.v1.RootRotation.$Properties|null} [rootRotation] Cluster rootRotation
             * @property {number|null} [lastForcedRotation] Cluster lastForcedRotation
             * @property {Uint8Array|null} [sealedUnlockKey] Cluster sealedUnlockKey
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
             * Cluster rootRotation.
             * @member {shoal.v1.RootRotation.$Properties|null|undefined} rootRotation
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.rootRotation = null;

            /**
             * Cluster lastForcedRotation.
             * @member {number} lastForcedRotation
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.lastForcedRotation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Cluster sealedUnlockKey.
             * @member {Uint8Array} sealedUnlockKey
             * @memberof shoal.v1.Cluster
             * @instance
             */
            Cluster.prototype.sealedUnlockKey = $util.newBuffer([]);

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
                if (message.rootRotation != null && $Object.hasOwnProperty.call(message, "rootRotation"))
                    $root.shoal.v1.RootRotation.encode(message.rootRotation, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.lastForcedRotation != null && $Object.hasOwnProperty.call(message, "lastForcedRotation") && (typeof message.lastForcedRotation === "object" ? message.lastForcedRotation.low || message.lastForcedRotation.high : message.lastForcedRotation !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.lastForcedRotation);
                if (message.sealedUnlockKey != null && $Object.hasOwnProperty.call(message, "sealedUnlockKey") && message.sealedUnlockKey.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.sealedUnlockKey);
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
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.rootRotation = $root.shoal.v1.RootRotation.decode(reader, reader.size(), $undefined, _depth + 1, message.rootRotation);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastForcedRotation = value;
                            else
                                delete message.lastForcedRotation;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sealedUnlockKey = value;
                            else
                                delete message.sealedUnlockKey;
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
                if (object.rootRotation != null) {
                    if (!$util.isObject(object.rootRotation))
                        throw $TypeError(".shoal.v1.Cluster.rootRotation: object expected");
                    message.rootRotation = $root.shoal.v1.RootRotation.fromObject(object.rootRotation, _depth + 1);
                }
                if (object.lastForcedRotation != null)
                    if (typeof object.lastForcedRotation === "object" ? object.lastForcedRotation.low || object.lastForcedRotation.high : $Number(object.lastForcedRotation) !== 0)
                        if ($util.Long)
                            message.lastForcedRotation = $util.Long.fromValue(object.lastForcedRotation, true);
                        else if (typeof object.lastForcedRotation === "string")
                            message.lastForcedRotation = $parseInt(object.lastForcedRotation, 10);
                        else if (typeof object.lastForcedRotation === "number")
                            message.lastForcedRotation = object.lastForcedRotation;
                        else if (typeof object.lastForcedRotation === "object")
                            message.lastForcedRotation = new $util.LongBits(object.lastForcedRotation.low >>> 0, object.lastForcedRotation.high >>> 0).toNumber(true);
                if (object.sealedUnlockKey != null)
                    if (object.sealedUnlockKey.length)
                        if (typeof object.sealedUnlockKey === "string")
                            $util.base64.decode(object.sealedUnlockKey, message.sealedUnlockKey = $util.newBuffer($util.base64.length(object.sealedUnlockKey)), 0);
                        else if (object.sealedUnlockKey.length >= 0)
                            message.sealedUnlockKey = object.sealedUnlockKey;
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
                    object.rootRotation = null;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.lastForcedRotation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastForcedRotation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.sealedUnlockKey = "";
                    else {
                        object.sealedUnlockKey = [];
                        if (options.bytes !== $Array)
                            object.sealedUnlockKey = $util.newBuffer(object.sealedUnlockKey);
                    }
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
                if (message.rootRotation != null && $Object.hasOwnProperty.call(message, "rootRotation"))
                    object.rootRotation = $root.shoal.v1.RootRotation.toObject(message.rootRotation, options, _depth + 1);
                if (message.lastForcedRotation != null && $Object.hasOwnProperty.call(message, "lastForcedRotation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastForcedRotation = typeof message.lastForcedRotation === "number" ? $BigInt(message.lastForcedRotation) : $util.Long.fromBits(message.lastForcedRotation.low >>> 0, message.lastForcedRotation.high >>> 0, true).toBigInt();
                    else if (typeof message.lastForcedRotation === "number")
                        object.lastForcedRotation = options.longs === $String ? $String(message.lastForcedRotation) : message.lastForcedRotation;
                    else
                        object.lastForcedRotation = options.longs === $String ? $util.Long.prototype.toString.call(message.lastForcedRotation) : options.longs === $Number ? new $util.LongBits(message.lastForcedRotation.low >>> 0, message.lastForcedRotation.high >>> 0).toNumber(true) : message.lastForcedRotation;
                if (message.sealedUnlockKey != null && $Object.hasOwnProperty.call(message, "sealedUnlockKey"))
                    object.sealedUnlockKey = options.bytes === $String ? $util.base64.encode(message.sealedUnlockKey, 0, message.sealedUnlockKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sealedUnlockKey) : message.sealedUnlockKey;
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

        v1.RootRotation = (function() {

            /**
             * Properties of a RootRotation.
             * @typedef {Object} shoal.v1.RootRotation.$Properties
             * @property {string|null} [caCertPem] RootRotation caCertPem
             * @property {string|null} [caKeyPem] RootRotation caKeyPem
             * @property {string|null} [crossSignedCaCertPem] RootRotation crossSignedCaCertPem
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RootRotation.
             * @memberof shoal.v1
             * @interface IRootRotation
             * @augments shoal.v1.RootRotation.$Properties
             * @deprecated Use shoal.v1.RootRotation.$Properties instead.
             */

            /**
             * Shape of a RootRotation.
             * @typedef {shoal.v1.RootRotation.$Properties} shoal.v1.RootRotation.$Shape
             */

            /**
             * Constructs a new RootRotation.
             * @memberof shoal.v1
             * @classdesc Represents a RootRotation.
             * @constructor
             * @param {shoal.v1.RootRotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RootRotation = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RootRotation caCertPem.
             * @member {string} caCertPem
             * @memberof shoal.v1.RootRotation
             * @instance
             */
            RootRotation.prototype.caCertPem = "";

            /**
             * RootRotation caKeyPem.
             * @member {string} caKeyPem
             * @memberof shoal.v1.RootRotation
             * @instance
             */
            RootRotation.prototype.caKeyPem = "";

            /**
             * RootRotation crossSignedCaCertPem.
             * @member {string} crossSignedCaCertPem
             * @memberof shoal.v1.RootRotation
             * @instance
             */
            RootRotation.prototype.crossSignedCaCertPem = "";

            /**
             * Creates a new RootRotation instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {shoal.v1.RootRotation.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RootRotation} RootRotation instance
             * @type {{
             *   (properties: shoal.v1.RootRotation.$Shape): shoal.v1.RootRotation & shoal.v1.RootRotation.$Shape;
             *   (properties?: shoal.v1.RootRotation.$Properties): shoal.v1.RootRotation;
             * }}
             */
            RootRotation.create = function(properties) {
                return new RootRotation(properties);
            };

            /**
             * Encodes the specified RootRotation message. Does not implicitly {@link shoal.v1.RootRotation.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {shoal.v1.RootRotation.$Properties} message RootRotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RootRotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.caCertPem != null && $Object.hasOwnProperty.call(message, "caCertPem") && message.caCertPem !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.caCertPem);
                if (message.caKeyPem != null && $Object.hasOwnProperty.call(message, "caKeyPem") && message.caKeyPem !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.caKeyPem);
                if (message.crossSignedCaCertPem != null && $Object.hasOwnProperty.call(message, "crossSignedCaCertPem") && message.crossSignedCaCertPem !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.crossSignedCaCertPem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RootRotation message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RootRotation & shoal.v1.RootRotation.$Shape} RootRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RootRotation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RootRotation();
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
                                message.caCertPem = value;
                            else
                                delete message.caCertPem;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caKeyPem = value;
                            else
                                delete message.caKeyPem;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.crossSignedCaCertPem = value;
                            else
                                delete message.crossSignedCaCertPem;
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
             * Creates a RootRotation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RootRotation} RootRotation
             */
            RootRotation.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RootRotation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RootRotation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RootRotation();
                if (object.caCertPem != null)
                    if (typeof object.caCertPem !== "string" || object.caCertPem.length)
                        message.caCertPem = $String(object.caCertPem);
                if (object.caKeyPem != null)
                    if (typeof object.caKeyPem !== "string" || object.caKeyPem.length)
                        message.caKeyPem = $String(object.caKeyPem);
                if (object.crossSignedCaCertPem != null)
                    if (typeof object.crossSignedCaCertPem !== "string" || object.crossSignedCaCertPem.length)
                        message.crossSignedCaCertPem = $String(object.crossSignedCaCertPem);
                return message;
            };

            /**
             * Creates a plain object from a RootRotation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {shoal.v1.RootRotation} message RootRotation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RootRotation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.caCertPem = "";
                    object.caKeyPem = "";
                    object.crossSignedCaCertPem = "";
                }
                if (message.caCertPem != null && $Object.hasOwnProperty.call(message, "caCertPem"))
                    object.caCertPem = message.caCertPem;
                if (message.caKeyPem != null && $Object.hasOwnProperty.call(message, "caKeyPem"))
                    object.caKeyPem = message.caKeyPem;
                if (message.crossSignedCaCertPem != null && $Object.hasOwnProperty.call(message, "crossSignedCaCertPem"))
                    object.crossSignedCaCertPem = message.crossSignedCaCertPem;
                return object;
            };

            /**
             * Converts this RootRotation to JSON.
             * @function toJSON
             * @memberof shoal.v1.RootRotation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RootRotation.prototype.toJSON = function() {
                return RootRotation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RootRotation
             * @function getTypeUrl
             * @memberof shoal.v1.RootRotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RootRotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RootRotation";
            };

            return RootRotation;
        })();

        v1.NodeCA = (function() {

            /**
             * Constructs a new NodeCA service.
             * @memberof shoal.v1
             * @classdesc Represents a NodeCA
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var NodeCA = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(NodeCA.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: NodeCA, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new NodeCA service using the specified rpc implementation.
             * @function create
             * @memberof shoal.v1.NodeCA
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {NodeCA} RPC service. Useful where requests and/or responses are streamed.
             */
            NodeCA.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link shoal.v1.NodeCA#getRootCACertificate}.
             * @memberof shoal.v1.NodeCA
             * @typedef GetRootCACertificateCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.GetRootCACertificateResponse} [response] GetRootCACertificateResponse
             */

            /**
             * Calls GetRootCACertificate.
             * @memberof shoal.v1.NodeCA
             * @typedef GetRootCACertificate
             * @type {{
             *   (request: shoal.v1.IGetRootCACertificateRequest, callback: shoal.v1.NodeCA.GetRootCACertificateCallback): void;
             *   (request: shoal.v1.IGetRootCACertificateRequest): Promise<shoal.v1.GetRootCACertificateResponse>;
             *   readonly name: "GetRootCACertificate";
             *   readonly path: "/shoal.v1.NodeCA/GetRootCACertificate";
             *   readonly requestType: "GetRootCACertificateRequest";
             *   readonly responseType: "GetRootCACertificateResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetRootCACertificate.
             * @name shoal.v1.NodeCA#getRootCACertificate
             * @type {shoal.v1.NodeCA.GetRootCACertificate}
             */
            $Object.defineProperties(NodeCA.prototype.getRootCACertificate = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeCA.prototype.getRootCACertificate, $root.shoal.v1.GetRootCACertificateRequest, $root.shoal.v1.GetRootCACertificateResponse, request, callback);
            }, {
                name: { value: "GetRootCACertificate" },
                path: { value: "/shoal.v1.NodeCA/GetRootCACertificate" },
                requestType: { value: "GetRootCACertificateRequest" },
                responseType: { value: "GetRootCACertificateResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.NodeCA#issueNodeCertificate}.
             * @memberof shoal.v1.NodeCA
             * @typedef IssueNodeCertificateCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.IssueNodeCertificateResponse} [response] IssueNodeCertificateResponse
             */

            /**
             * Calls IssueNodeCertificate.
             * @memberof shoal.v1.NodeCA
             * @typedef IssueNodeCertificate
             * @type {{
             *   (request: shoal.v1.IIssueNodeCertificateRequest, callback: shoal.v1.NodeCA.IssueNodeCertificateCallback): void;
             *   (request: shoal.v1.IIssueNodeCertificateRequest): Promise<shoal.v1.IssueNodeCertificateResponse>;
             *   readonly name: "IssueNodeCertificate";
             *   readonly path: "/shoal.v1.NodeCA/IssueNodeCertificate";
             *   readonly requestType: "IssueNodeCertificateRequest";
             *   readonly responseType: "IssueNodeCertificateResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls IssueNodeCertificate.
             * @name shoal.v1.NodeCA#issueNodeCertificate
             * @type {shoal.v1.NodeCA.IssueNodeCertificate}
             */
            $Object.defineProperties(NodeCA.prototype.issueNodeCertificate = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeCA.prototype.issueNodeCertificate, $root.shoal.v1.IssueNodeCertificateRequest, $root.shoal.v1.IssueNodeCertificateResponse, request, callback);
            }, {
                name: { value: "IssueNodeCertificate" },
                path: { value: "/shoal.v1.NodeCA/IssueNodeCertificate" },
                requestType: { value: "IssueNodeCertificateRequest" },
                responseType: { value: "IssueNodeCertificateResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.NodeCA#renewNodeCertificate}.
             * @memberof shoal.v1.NodeCA
             * @typedef RenewNodeCertificateCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.IssueNodeCertificateResponse} [response] IssueNodeCertificateResponse
             */

            /**
             * Calls RenewNodeCertificate.
             * @memberof shoal.v1.NodeCA
             * @typedef RenewNodeCertificate
             * @type {{
             *   (request: shoal.v1.IRenewNodeCertificateRequest, callback: shoal.v1.NodeCA.RenewNodeCertificateCallback): void;
             *   (request: shoal.v1.IRenewNodeCertificateRequest): Promise<shoal.v1.IssueNodeCertificateResponse>;
             *   readonly name: "RenewNodeCertificate";
             *   readonly path: "/shoal.v1.NodeCA/RenewNodeCertificate";
             *   readonly requestType: "RenewNodeCertificateRequest";
             *   readonly responseType: "IssueNodeCertificateResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls RenewNodeCertificate.
             * @name shoal.v1.NodeCA#renewNodeCertificate
             * @type {shoal.v1.NodeCA.RenewNodeCertificate}
             */
            $Object.defineProperties(NodeCA.prototype.renewNodeCertificate = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeCA.prototype.renewNodeCertificate, $root.shoal.v1.RenewNodeCertificateRequest, $root.shoal.v1.IssueNodeCertificateResponse, request, callback);
            }, {
                name: { value: "RenewNodeCertificate" },
                path: { value: "/shoal.v1.NodeCA/RenewNodeCertificate" },
                requestType: { value: "RenewNodeCertificateRequest" },
                responseType: { value: "IssueNodeCertificateResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return NodeCA;
        })();

        v1.RenewNodeCertificateRequest = (function() {

            /**
             * Properties of a RenewNodeCertificateRequest.
             * @typedef {Object} shoal.v1.RenewNodeCertificateRequest.$Properties
             * @property {string|null} [csrPem] RenewNodeCertificateRequest csrPem
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RenewNodeCertificateRequest.
             * @memberof shoal.v1
             * @interface IRenewNodeCertificateRequest
             * @augments shoal.v1.RenewNodeCertificateRequest.$Properties
             * @deprecated Use shoal.v1.RenewNodeCertificateRequest.$Properties instead.
             */

            /**
             * Shape of a RenewNodeCertificateRequest.
             * @typedef {shoal.v1.RenewNodeCertificateRequest.$Properties} shoal.v1.RenewNodeCertificateRequest.$Shape
             */

            /**
             * Constructs a new RenewNodeCertificateRequest.
             * @memberof shoal.v1
             * @classdesc Represents a RenewNodeCertificateRequest.
             * @constructor
             * @param {shoal.v1.RenewNodeCertificateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RenewNodeCertificateRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RenewNodeCertificateRequest csrPem.
             * @member {string} csrPem
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @instance
             */
            RenewNodeCertificateRequest.prototype.csrPem = "";

            /**
             * Creates a new RenewNodeCertificateRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {shoal.v1.RenewNodeCertificateRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RenewNodeCertificateRequest} RenewNodeCertificateRequest instance
             * @type {{
             *   (properties: shoal.v1.RenewNodeCertificateRequest.$Shape): shoal.v1.RenewNodeCertificateRequest & shoal.v1.RenewNodeCertificateRequest.$Shape;
             *   (properties?: shoal.v1.RenewNodeCertificateRequest.$Properties): shoal.v1.RenewNodeCertificateRequest;
             * }}
             */
            RenewNodeCertificateRequest.create = function(properties) {
                return new RenewNodeCertificateRequest(properties);
            };

            /**
             * Encodes the specified RenewNodeCertificateRequest message. Does not implicitly {@link shoal.v1.RenewNodeCertificateRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {shoal.v1.RenewNodeCertificateRequest.$Properties} message RenewNodeCertificateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RenewNodeCertificateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.csrPem != null && $Object.hasOwnProperty.call(message, "csrPem") && message.csrPem !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.csrPem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RenewNodeCertificateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RenewNodeCertificateRequest & shoal.v1.RenewNodeCertificateRequest.$Shape} RenewNodeCertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RenewNodeCertificateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RenewNodeCertificateRequest();
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
                                message.csrPem = value;
                            else
                                delete message.csrPem;
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
             * Creates a RenewNodeCertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RenewNodeCertificateRequest} RenewNodeCertificateRequest
             */
            RenewNodeCertificateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RenewNodeCertificateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RenewNodeCertificateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RenewNodeCertificateRequest();
                if (object.csrPem != null)
                    if (typeof object.csrPem !== "string" || object.csrPem.length)
                        message.csrPem = $String(object.csrPem);
                return message;
            };

            /**
             * Creates a plain object from a RenewNodeCertificateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {shoal.v1.RenewNodeCertificateRequest} message RenewNodeCertificateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RenewNodeCertificateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.csrPem = "";
                if (message.csrPem != null && $Object.hasOwnProperty.call(message, "csrPem"))
                    object.csrPem = message.csrPem;
                return object;
            };

            /**
             * Converts this RenewNodeCertificateRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RenewNodeCertificateRequest.prototype.toJSON = function() {
                return RenewNodeCertificateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RenewNodeCertificateRequest
             * @function getTypeUrl
             * @memberof shoal.v1.RenewNodeCertificateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RenewNodeCertificateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RenewNodeCertificateRequest";
            };

            return RenewNodeCertificateRequest;
        })();

        v1.GetRootCACertificateRequest = (function() {

            /**
             * Properties of a GetRootCACertificateRequest.
             * @typedef {Object} shoal.v1.GetRootCACertificateRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRootCACertificateRequest.
             * @memberof shoal.v1
             * @interface IGetRootCACertificateRequest
             * @augments shoal.v1.GetRootCACertificateRequest.$Properties
             * @deprecated Use shoal.v1.GetRootCACertificateRequest.$Properties instead.
             */

            /**
             * Shape of a GetRootCACertificateRequest.
             * @typedef {shoal.v1.GetRootCACertificateRequest.$Properties} shoal.v1.GetRootCACertificateRequest.$Shape
             */

            /**
             * Constructs a new GetRootCACertificateRequest.
             * @memberof shoal.v1
             * @classdesc Represents a GetRootCACertificateRequest.
             * @constructor
             * @param {shoal.v1.GetRootCACertificateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetRootCACertificateRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetRootCACertificateRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {shoal.v1.GetRootCACertificateRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.GetRootCACertificateRequest} GetRootCACertificateRequest instance
             * @type {{
             *   (properties: shoal.v1.GetRootCACertificateRequest.$Shape): shoal.v1.GetRootCACertificateRequest & shoal.v1.GetRootCACertificateRequest.$Shape;
             *   (properties?: shoal.v1.GetRootCACertificateRequest.$Properties): shoal.v1.GetRootCACertificateRequest;
             * }}
             */
            GetRootCACertificateRequest.create = function(properties) {
                return new GetRootCACertificateRequest(properties);
            };

            /**
             * Encodes the specified GetRootCACertificateRequest message. Does not implicitly {@link shoal.v1.GetRootCACertificateRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {shoal.v1.GetRootCACertificateRequest.$Properties} message GetRootCACertificateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRootCACertificateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRootCACertificateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.GetRootCACertificateRequest & shoal.v1.GetRootCACertificateRequest.$Shape} GetRootCACertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRootCACertificateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.GetRootCACertificateRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Creates a GetRootCACertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.GetRootCACertificateRequest} GetRootCACertificateRequest
             */
            GetRootCACertificateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.GetRootCACertificateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.GetRootCACertificateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.shoal.v1.GetRootCACertificateRequest();
            };

            /**
             * Creates a plain object from a GetRootCACertificateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {shoal.v1.GetRootCACertificateRequest} message GetRootCACertificateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRootCACertificateRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this GetRootCACertificateRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRootCACertificateRequest.prototype.toJSON = function() {
                return GetRootCACertificateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRootCACertificateRequest
             * @function getTypeUrl
             * @memberof shoal.v1.GetRootCACertificateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRootCACertificateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.GetRootCACertificateRequest";
            };

            return GetRootCACertificateRequest;
        })();

        v1.GetRootCACertificateResponse = (function() {

            /**
             * Properties of a GetRootCACertificateResponse.
             * @typedef {Object} shoal.v1.GetRootCACertificateResponse.$Properties
             * @property {string|null} [certificatePem] GetRootCACertificateResponse certificatePem
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRootCACertificateResponse.
             * @memberof shoal.v1
             * @interface IGetRootCACertificateResponse
             * @augments shoal.v1.GetRootCACertificateResponse.$Properties
             * @deprecated Use shoal.v1.GetRootCACertificateResponse.$Properties instead.
             */

            /**
             * Shape of a GetRootCACertificateResponse.
             * @typedef {shoal.v1.GetRootCACertificateResponse.$Properties} shoal.v1.GetRootCACertificateResponse.$Shape
             */

            /**
             * Constructs a new GetRootCACertificateResponse.
             * @memberof shoal.v1
             * @classdesc Represents a GetRootCACertificateResponse.
             * @constructor
             * @param {shoal.v1.GetRootCACertificateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetRootCACertificateResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRootCACertificateResponse certificatePem.
             * @member {string} certificatePem
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @instance
             */
            GetRootCACertificateResponse.prototype.certificatePem = "";

            /**
             * Creates a new GetRootCACertificateResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {shoal.v1.GetRootCACertificateResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.GetRootCACertificateResponse} GetRootCACertificateResponse instance
             * @type {{
             *   (properties: shoal.v1.GetRootCACertificateResponse.$Shape): shoal.v1.GetRootCACertificateResponse & shoal.v1.GetRootCACertificateResponse.$Shape;
             *   (properties?: shoal.v1.GetRootCACertificateResponse.$Properties): shoal.v1.GetRootCACertificateResponse;
             * }}
             */
            GetRootCACertificateResponse.create = function(properties) {
                return new GetRootCACertificateResponse(properties);
            };

            /**
             * Encodes the specified GetRootCACertificateResponse message. Does not implicitly {@link shoal.v1.GetRootCACertificateResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {shoal.v1.GetRootCACertificateResponse.$Properties} message GetRootCACertificateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRootCACertificateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem") && message.certificatePem !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.certificatePem);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRootCACertificateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.GetRootCACertificateResponse & shoal.v1.GetRootCACertificateResponse.$Shape} GetRootCACertificateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRootCACertificateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.GetRootCACertificateResponse();
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
             * Creates a GetRootCACertificateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.GetRootCACertificateResponse} GetRootCACertificateResponse
             */
            GetRootCACertificateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.GetRootCACertificateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.GetRootCACertificateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.GetRootCACertificateResponse();
                if (object.certificatePem != null)
                    if (typeof object.certificatePem !== "string" || object.certificatePem.length)
                        message.certificatePem = $String(object.certificatePem);
                return message;
            };

            /**
             * Creates a plain object from a GetRootCACertificateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {shoal.v1.GetRootCACertificateResponse} message GetRootCACertificateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRootCACertificateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.certificatePem = "";
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem"))
                    object.certificatePem = message.certificatePem;
                return object;
            };

            /**
             * Converts this GetRootCACertificateResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRootCACertificateResponse.prototype.toJSON = function() {
                return GetRootCACertificateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRootCACertificateResponse
             * @function getTypeUrl
             * @memberof shoal.v1.GetRootCACertificateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRootCACertificateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.GetRootCACertificateResponse";
            };

            return GetRootCACertificateResponse;
        })();

        v1.IssueNodeCertificateRequest = (function() {

            /**
             * Properties of an IssueNodeCertificateRequest.
             * @typedef {Object} shoal.v1.IssueNodeCertificateRequest.$Properties
             * @property {string|null} [csrPem] IssueNodeCertificateRequest csrPem
             * @property {string|null} [token] IssueNodeCertificateRequest token
             * @property {string|null} [availability] IssueNodeCertificateRequest availability
             * @property {string|null} [hostname] IssueNodeCertificateRequest hostname
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IssueNodeCertificateRequest.
             * @memberof shoal.v1
             * @interface IIssueNodeCertificateRequest
             * @augments shoal.v1.IssueNodeCertificateRequest.$Properties
             * @deprecated Use shoal.v1.IssueNodeCertificateRequest.$Properties instead.
             */

            /**
             * Shape of an IssueNodeCertificateRequest.
             * @typedef {shoal.v1.IssueNodeCertificateRequest.$Properties} shoal.v1.IssueNodeCertificateRequest.$Shape
             */

            /**
             * Constructs a new IssueNodeCertificateRequest.
             * @memberof shoal.v1
             * @classdesc Represents an IssueNodeCertificateRequest.
             * @constructor
             * @param {shoal.v1.IssueNodeCertificateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IssueNodeCertificateRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IssueNodeCertificateRequest csrPem.
             * @member {string} csrPem
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @instance
             */
            IssueNodeCertificateRequest.prototype.csrPem = "";

            /**
             * IssueNodeCertificateRequest token.
             * @member {string} token
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @instance
             */
            IssueNodeCertificateRequest.prototype.token = "";

            /**
             * IssueNodeCertificateRequest availability.
             * @member {string} availability
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @instance
             */
            IssueNodeCertificateRequest.prototype.availability = "";

            /**
             * IssueNodeCertificateRequest hostname.
             * @member {string} hostname
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @instance
             */
            IssueNodeCertificateRequest.prototype.hostname = "";

            /**
             * Creates a new IssueNodeCertificateRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {shoal.v1.IssueNodeCertificateRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.IssueNodeCertificateRequest} IssueNodeCertificateRequest instance
             * @type {{
             *   (properties: shoal.v1.IssueNodeCertificateRequest.$Shape): shoal.v1.IssueNodeCertificateRequest & shoal.v1.IssueNodeCertificateRequest.$Shape;
             *   (properties?: shoal.v1.IssueNodeCertificateRequest.$Properties): shoal.v1.IssueNodeCertificateRequest;
             * }}
             */
            IssueNodeCertificateRequest.create = function(properties) {
                return new IssueNodeCertificateRequest(properties);
            };

            /**
             * Encodes the specified IssueNodeCertificateRequest message. Does not implicitly {@link shoal.v1.IssueNodeCertificateRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {shoal.v1.IssueNodeCertificateRequest.$Properties} message IssueNodeCertificateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IssueNodeCertificateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.csrPem != null && $Object.hasOwnProperty.call(message, "csrPem") && message.csrPem !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.csrPem);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
                if (message.availability != null && $Object.hasOwnProperty.call(message, "availability") && message.availability !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.availability);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IssueNodeCertificateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.IssueNodeCertificateRequest & shoal.v1.IssueNodeCertificateRequest.$Shape} IssueNodeCertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IssueNodeCertificateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.IssueNodeCertificateRequest();
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
                                message.csrPem = value;
                            else
                                delete message.csrPem;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
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
             * Creates an IssueNodeCertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.IssueNodeCertificateRequest} IssueNodeCertificateRequest
             */
            IssueNodeCertificateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.IssueNodeCertificateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.IssueNodeCertificateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.IssueNodeCertificateRequest();
                if (object.csrPem != null)
                    if (typeof object.csrPem !== "string" || object.csrPem.length)
                        message.csrPem = $String(object.csrPem);
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.availability != null)
                    if (typeof object.availability !== "string" || object.availability.length)
                        message.availability = $String(object.availability);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            /**
             * Creates a plain object from an IssueNodeCertificateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {shoal.v1.IssueNodeCertificateRequest} message IssueNodeCertificateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IssueNodeCertificateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.csrPem = "";
                    object.token = "";
                    object.availability = "";
                    object.hostname = "";
                }
                if (message.csrPem != null && $Object.hasOwnProperty.call(message, "csrPem"))
                    object.csrPem = message.csrPem;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.availability != null && $Object.hasOwnProperty.call(message, "availability"))
                    object.availability = message.availability;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            /**
             * Converts this IssueNodeCertificateRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IssueNodeCertificateRequest.prototype.toJSON = function() {
                return IssueNodeCertificateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IssueNodeCertificateRequest
             * @function getTypeUrl
             * @memberof shoal.v1.IssueNodeCertificateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IssueNodeCertificateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.IssueNodeCertificateRequest";
            };

            return IssueNodeCertificateRequest;
        })();

        v1.IssueNodeCertificateResponse = (function() {

            /**
             * Properties of an IssueNodeCertificateResponse.
             * @typedef {Object} shoal.v1.IssueNodeCertificateResponse.$Properties
             * @property {string|null} [nodeId] IssueNodeCertificateResponse nodeId
             * @property {string|null} [certificatePem] IssueNodeCertificateResponse certificatePem
             * @property {string|null} [role] IssueNodeCertificateResponse role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IssueNodeCertificateResponse.
             * @memberof shoal.v1
             * @interface IIssueNodeCertificateResponse
             * @augments shoal.v1.IssueNodeCertificateResponse.$Properties
             * @deprecated Use shoal.v1.IssueNodeCertificateResponse.$Properties instead.
             */

            /**
             * Shape of an IssueNodeCertificateResponse.
             * @typedef {shoal.v1.IssueNodeCertificateResponse.$Properties} shoal.v1.IssueNodeCertificateResponse.$Shape
             */

            /**
             * Constructs a new IssueNodeCertificateResponse.
             * @memberof shoal.v1
             * @classdesc Represents an IssueNodeCertificateResponse.
             * @constructor
             * @param {shoal.v1.IssueNodeCertificateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IssueNodeCertificateResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IssueNodeCertificateResponse nodeId.
             * @member {string} nodeId
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @instance
             */
            IssueNodeCertificateResponse.prototype.nodeId = "";

            /**
             * IssueNodeCertificateResponse certificatePem.
             * @member {string} certificatePem
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @instance
             */
            IssueNodeCertificateResponse.prototype.certificatePem = "";

            /**
             * IssueNodeCertificateResponse role.
             * @member {string} role
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @instance
             */
            IssueNodeCertificateResponse.prototype.role = "";

            /**
             * Creates a new IssueNodeCertificateResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {shoal.v1.IssueNodeCertificateResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.IssueNodeCertificateResponse} IssueNodeCertificateResponse instance
             * @type {{
             *   (properties: shoal.v1.IssueNodeCertificateResponse.$Shape): shoal.v1.IssueNodeCertificateResponse & shoal.v1.IssueNodeCertificateResponse.$Shape;
             *   (properties?: shoal.v1.IssueNodeCertificateResponse.$Properties): shoal.v1.IssueNodeCertificateResponse;
             * }}
             */
            IssueNodeCertificateResponse.create = function(properties) {
                return new IssueNodeCertificateResponse(properties);
            };

            /**
             * Encodes the specified IssueNodeCertificateResponse message. Does not implicitly {@link shoal.v1.IssueNodeCertificateResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {shoal.v1.IssueNodeCertificateResponse.$Properties} message IssueNodeCertificateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IssueNodeCertificateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem") && message.certificatePem !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.certificatePem);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IssueNodeCertificateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.IssueNodeCertificateResponse & shoal.v1.IssueNodeCertificateResponse.$Shape} IssueNodeCertificateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IssueNodeCertificateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.IssueNodeCertificateResponse();
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
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.certificatePem = value;
                            else
                                delete message.certificatePem;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
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
             * Creates an IssueNodeCertificateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.IssueNodeCertificateResponse} IssueNodeCertificateResponse
             */
            IssueNodeCertificateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.IssueNodeCertificateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.IssueNodeCertificateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.IssueNodeCertificateResponse();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.certificatePem != null)
                    if (typeof object.certificatePem !== "string" || object.certificatePem.length)
                        message.certificatePem = $String(object.certificatePem);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                return message;
            };

            /**
             * Creates a plain object from an IssueNodeCertificateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {shoal.v1.IssueNodeCertificateResponse} message IssueNodeCertificateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IssueNodeCertificateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.nodeId = "";
                    object.certificatePem = "";
                    object.role = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.certificatePem != null && $Object.hasOwnProperty.call(message, "certificatePem"))
                    object.certificatePem = message.certificatePem;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                return object;
            };

            /**
             * Converts this IssueNodeCertificateResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IssueNodeCertificateResponse.prototype.toJSON = function() {
                return IssueNodeCertificateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IssueNodeCertificateResponse
             * @function getTypeUrl
             * @memberof shoal.v1.IssueNodeCertificateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IssueNodeCertificateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.IssueNodeCertificateResponse";
            };

            return IssueNodeCertificateResponse;
        })();

        v1.Dispatcher = (function() {

            /**
             * Constructs a new Dispatcher service.
             * @memberof shoal.v1
             * @classdesc Represents a Dispatcher
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var Dispatcher = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Dispatcher.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Dispatcher, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Dispatcher service using the specified rpc implementation.
             * @function create
             * @memberof shoal.v1.Dispatcher
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Dispatcher} RPC service. Useful where requests and/or responses are streamed.
             */
            Dispatcher.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#session}.
             * @memberof shoal.v1.Dispatcher
             * @typedef SessionCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.SessionMessage} [response] SessionMessage
             */

            /**
             * Calls Session.
             * @memberof shoal.v1.Dispatcher
             * @typedef Session
             * @type {{
             *   (request: shoal.v1.ISessionRequest, callback: shoal.v1.Dispatcher.SessionCallback): void;
             *   (request: shoal.v1.ISessionRequest): Promise<shoal.v1.SessionMessage>;
             *   readonly name: "Session";
             *   readonly path: "/shoal.v1.Dispatcher/Session";
             *   readonly requestType: "SessionRequest";
             *   readonly responseType: "SessionMessage";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Session.
             * @name shoal.v1.Dispatcher#session
             * @type {shoal.v1.Dispatcher.Session}
             */
            $Object.defineProperties(Dispatcher.prototype.session = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Dispatcher.prototype.session, $root.shoal.v1.SessionRequest, $root.shoal.v1.SessionMessage, request, callback);
            }, {
                name: { value: "Session" },
                path: { value: "/shoal.v1.Dispatcher/Session" },
                requestType: { value: "SessionRequest" },
                responseType: { value: "SessionMessage" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#heartbeat}.
             * @memberof shoal.v1.Dispatcher
             * @typedef HeartbeatCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.HeartbeatResponse} [response] HeartbeatResponse
             */

            /**
             * Calls Heartbeat.
             * @memberof shoal.v1.Dispatcher
             * @typedef Heartbeat
             * @type {{
             *   (request: shoal.v1.IHeartbeatRequest, callback: shoal.v1.Dispatcher.HeartbeatCallback): void;
             *   (request: shoal.v1.IHeartbeatRequest): Promise<shoal.v1.HeartbeatResponse>;
             *   readonly name: "Heartbeat";
             *   readonly path: "/shoal.v1.Dispatcher/Heartbeat";
             *   readonly requestType: "HeartbeatRequest";
             *   readonly responseType: "HeartbeatResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Heartbeat.
             * @name shoal.v1.Dispatcher#heartbeat
             * @type {shoal.v1.Dispatcher.Heartbeat}
             */
            $Object.defineProperties(Dispatcher.prototype.heartbeat = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Dispatcher.prototype.heartbeat, $root.shoal.v1.HeartbeatRequest, $root.shoal.v1.HeartbeatResponse, request, callback);
            }, {
                name: { value: "Heartbeat" },
                path: { value: "/shoal.v1.Dispatcher/Heartbeat" },
                requestType: { value: "HeartbeatRequest" },
                responseType: { value: "HeartbeatResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#updateTaskStatus}.
             * @memberof shoal.v1.Dispatcher
             * @typedef UpdateTaskStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.UpdateTaskStatusResponse} [response] UpdateTaskStatusResponse
             */

            /**
             * Calls UpdateTaskStatus.
             * @memberof shoal.v1.Dispatcher
             * @typedef UpdateTaskStatus
             * @type {{
             *   (request: shoal.v1.IUpdateTaskStatusRequest, callback: shoal.v1.Dispatcher.UpdateTaskStatusCallback): void;
             *   (request: shoal.v1.IUpdateTaskStatusRequest): Promise<shoal.v1.UpdateTaskStatusResponse>;
             *   readonly name: "UpdateTaskStatus";
             *   readonly path: "/shoal.v1.Dispatcher/UpdateTaskStatus";
             *   readonly requestType: "UpdateTaskStatusRequest";
             *   readonly responseType: "UpdateTaskStatusResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls UpdateTaskStatus.
             * @name shoal.v1.Dispatcher#updateTaskStatus
             * @type {shoal.v1.Dispatcher.UpdateTaskStatus}
             */
            $Object.defineProperties(Dispatcher.prototype.updateTaskStatus = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Dispatcher.prototype.updateTaskStatus, $root.shoal.v1.UpdateTaskStatusRequest, $root.shoal.v1.UpdateTaskStatusResponse, request, callback);
            }, {
                name: { value: "UpdateTaskStatus" },
                path: { value: "/shoal.v1.Dispatcher/UpdateTaskStatus" },
                requestType: { value: "UpdateTaskStatusRequest" },
                responseType: { value: "UpdateTaskStatusResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Dispatcher;
        })();

        v1.SessionRequest = (function() {

            /**
             * Properties of a SessionRequest.
             * @typedef {Object} shoal.v1.SessionRequest.$Properties
             * @property {shoal.v1.NodeDescription.$Properties|null} [description] SessionRequest description
             * @property {string|null} [addr] SessionRequest addr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionRequest.
             * @memberof shoal.v1
             * @interface ISessionRequest
             * @augments shoal.v1.SessionRequest.$Properties
             * @deprecated Use shoal.v1.SessionRequest.$Properties instead.
             */

            /**
             * Shape of a SessionRequest.
             * @typedef {shoal.v1.SessionRequest.$Properties} shoal.v1.SessionRequest.$Shape
             */

            /**
             * Constructs a new SessionRequest.
             * @memberof shoal.v1
             * @classdesc Represents a SessionRequest.
             * @constructor
             * @param {shoal.v1.SessionRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionRequest description.
             * @member {shoal.v1.NodeDescription.$Properties|null|undefined} description
             * @memberof shoal.v1.SessionRequest
             * @instance
             */
            SessionRequest.prototype.description = null;

            /**
             * SessionRequest addr.
             * @member {string} addr
             * @memberof shoal.v1.SessionRequest
             * @instance
             */
            SessionRequest.prototype.addr = "";

            /**
             * Creates a new SessionRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {shoal.v1.SessionRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.SessionRequest} SessionRequest instance
             * @type {{
             *   (properties: shoal.v1.SessionRequest.$Shape): shoal.v1.SessionRequest & shoal.v1.SessionRequest.$Shape;
             *   (properties?: shoal.v1.SessionRequest.$Properties): shoal.v1.SessionRequest;
             * }}
             */
            SessionRequest.create = function(properties) {
                return new SessionRequest(properties);
            };

            /**
             * Encodes the specified SessionRequest message. Does not implicitly {@link shoal.v1.SessionRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {shoal.v1.SessionRequest.$Properties} message SessionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    $root.shoal.v1.NodeDescription.encode(message.description, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.SessionRequest & shoal.v1.SessionRequest.$Shape} SessionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.SessionRequest();
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
                            message.description = $root.shoal.v1.NodeDescription.decode(reader, reader.size(), $undefined, _depth + 1, message.description);
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
             * Creates a SessionRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.SessionRequest} SessionRequest
             */
            SessionRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.SessionRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.SessionRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.SessionRequest();
                if (object.description != null) {
                    if (!$util.isObject(object.description))
                        throw $TypeError(".shoal.v1.SessionRequest.description: object expected");
                    message.description = $root.shoal.v1.NodeDescription.fromObject(object.description, _depth + 1);
                }
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                return message;
            };

            /**
             * Creates a plain object from a SessionRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {shoal.v1.SessionRequest} message SessionRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.description = null;
                    object.addr = "";
                }
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = $root.shoal.v1.NodeDescription.toObject(message.description, options, _depth + 1);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                return object;
            };

            /**
             * Converts this SessionRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.SessionRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionRequest.prototype.toJSON = function() {
                return SessionRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionRequest
             * @function getTypeUrl
             * @memberof shoal.v1.SessionRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.SessionRequest";
            };

            return SessionRequest;
        })();

        v1.ManagerPeer = (function() {

            /**
             * Properties of a ManagerPeer.
             * @typedef {Object} shoal.v1.ManagerPeer.$Properties
             * @property {string|null} [nodeId] ManagerPeer nodeId
             * @property {string|null} [addr] ManagerPeer addr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ManagerPeer.
             * @memberof shoal.v1
             * @interface IManagerPeer
             * @augments shoal.v1.ManagerPeer.$Properties
             * @deprecated Use shoal.v1.ManagerPeer.$Properties instead.
             */

            /**
             * Shape of a ManagerPeer.
             * @typedef {shoal.v1.ManagerPeer.$Properties} shoal.v1.ManagerPeer.$Shape
             */

            /**
             * Constructs a new ManagerPeer.
             * @memberof shoal.v1
             * @classdesc Represents a ManagerPeer.
             * @constructor
             * @param {shoal.v1.ManagerPeer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ManagerPeer = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ManagerPeer nodeId.
             * @member {string} nodeId
             * @memberof shoal.v1.ManagerPeer
             * @instance
             */
            ManagerPeer.prototype.nodeId = "";

            /**
             * ManagerPeer addr.
             * @member {string} addr
             * @memberof shoal.v1.ManagerPeer
             * @instance
             */
            ManagerPeer.prototype.addr = "";

            /**
             * Creates a new ManagerPeer instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {shoal.v1.ManagerPeer.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ManagerPeer} ManagerPeer instance
             * @type {{
             *   (properties: shoal.v1.ManagerPeer.$Shape): shoal.v1.ManagerPeer & shoal.v1.ManagerPeer.$Shape;
             *   (properties?: shoal.v1.ManagerPeer.$Properties): shoal.v1.ManagerPeer;
             * }}
             */
            ManagerPeer.create = function(properties) {
                return new ManagerPeer(properties);
            };

            /**
             * Encodes the specified ManagerPeer message. Does not implicitly {@link shoal.v1.ManagerPeer.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {shoal.v1.ManagerPeer.$Properties} message ManagerPeer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ManagerPeer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr") && message.addr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ManagerPeer message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ManagerPeer & shoal.v1.ManagerPeer.$Shape} ManagerPeer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ManagerPeer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ManagerPeer();
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
                                message.nodeId = value;
                            else
                                delete message.nodeId;
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
             * Creates a ManagerPeer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ManagerPeer} ManagerPeer
             */
            ManagerPeer.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ManagerPeer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ManagerPeer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ManagerPeer();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.addr != null)
                    if (typeof object.addr !== "string" || object.addr.length)
                        message.addr = $String(object.addr);
                return message;
            };

            /**
             * Creates a plain object from a ManagerPeer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {shoal.v1.ManagerPeer} message ManagerPeer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ManagerPeer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.nodeId = "";
                    object.addr = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = message.addr;
                return object;
            };

            /**
             * Converts this ManagerPeer to JSON.
             * @function toJSON
             * @memberof shoal.v1.ManagerPeer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ManagerPeer.prototype.toJSON = function() {
                return ManagerPeer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ManagerPeer
             * @function getTypeUrl
             * @memberof shoal.v1.ManagerPeer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ManagerPeer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ManagerPeer";
            };

            return ManagerPeer;
        })();

        v1.AssignmentSet = (function() {

            /**
             * Properties of an AssignmentSet.
             * @typedef {Object} shoal.v1.AssignmentSet.$Properties
             * @property {shoal.v1.AssignmentSet.Type|null} [type] AssignmentSet type
             * @property {Array.<shoal.v1.Task.$Properties>|null} [tasks] AssignmentSet tasks
             * @property {Array.<string>|null} [removed] AssignmentSet removed
             * @property {Array.<shoal.v1.Secret.$Properties>|null} [secrets] AssignmentSet secrets
             * @property {Array.<string>|null} [removedSecrets] AssignmentSet removedSecrets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignmentSet.
             * @memberof shoal.v1
             * @interface IAssignmentSet
             * @augments shoal.v1.AssignmentSet.$Properties
             * @deprecated Use shoal.v1.AssignmentSet.$Properties instead.
             */

            /**
             * Shape of an AssignmentSet.
             * @typedef {shoal.v1.AssignmentSet.$Properties} shoal.v1.AssignmentSet.$Shape
             */

            /**
             * Constructs a new AssignmentSet.
             * @memberof shoal.v1
             * @classdesc Represents an AssignmentSet.
             * @constructor
             * @param {shoal.v1.AssignmentSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AssignmentSet = function (properties) {
                this.tasks = [];
                this.removed = [];
                this.secrets = [];
                this.removedSecrets = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignmentSet type.
             * @member {shoal.v1.AssignmentSet.Type} type
             * @memberof shoal.v1.AssignmentSet
             * @instance
             */
            AssignmentSet.prototype.type = 0;

            /**
             * AssignmentSet tasks.
             * @member {Array.<shoal.v1.Task.$Properties>} tasks
             * @memberof shoal.v1.AssignmentSet
             * @instance
             */
            AssignmentSet.prototype.tasks = $util.emptyArray;

            /**
             * AssignmentSet removed.
             * @member {Array.<string>} removed
             * @memberof shoal.v1.AssignmentSet
             * @instance
             */
            AssignmentSet.prototype.removed = $util.emptyArray;

            /**
             * AssignmentSet secrets.
             * @member {Array.<shoal.v1.Secret.$Properties>} secrets
             * @memberof shoal.v1.AssignmentSet
             * @instance
             */
            AssignmentSet.prototype.secrets = $util.emptyArray;

            /**
             * AssignmentSet removedSecrets.
             * @member {Array.<string>} removedSecrets
             * @memberof shoal.v1.AssignmentSet
             * @instance
             */
            AssignmentSet.prototype.removedSecrets = $util.emptyArray;

            /**
             * Creates a new AssignmentSet instance using the specified properties.
             * @function create
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {shoal.v1.AssignmentSet.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.AssignmentSet} AssignmentSet instance
             * @type {{
             *   (properties: shoal.v1.AssignmentSet.$Shape): shoal.v1.AssignmentSet & shoal.v1.AssignmentSet.$Shape;
             *   (properties?: shoal.v1.AssignmentSet.$Properties): shoal.v1.AssignmentSet;
             * }}
             */
            AssignmentSet.create = function(properties) {
                return new AssignmentSet(properties);
            };

            /**
             * Encodes the specified AssignmentSet message. Does not implicitly {@link shoal.v1.AssignmentSet.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {shoal.v1.AssignmentSet.$Properties} message AssignmentSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignmentSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.tasks != null && message.tasks.length)
                    for (var i = 0; i < message.tasks.length; ++i)
                        $root.shoal.v1.Task.encode(message.tasks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.removed != null && message.removed.length)
                    for (var i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.removed[i]);
                if (message.secrets != null && message.secrets.length)
                    for (var i = 0; i < message.secrets.length; ++i)
                        $root.shoal.v1.Secret.encode(message.secrets[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.removedSecrets != null && message.removedSecrets.length)
                    for (var i = 0; i < message.removedSecrets.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.removedSecrets[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignmentSet message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.AssignmentSet & shoal.v1.AssignmentSet.$Shape} AssignmentSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignmentSet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.AssignmentSet();
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
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push($root.shoal.v1.Task.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.secrets && message.secrets.length))
                                message.secrets = [];
                            message.secrets.push($root.shoal.v1.Secret.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removedSecrets && message.removedSecrets.length))
                                message.removedSecrets = [];
                            message.removedSecrets.push(reader.stringVerify());
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
             * Creates an AssignmentSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.AssignmentSet} AssignmentSet
             */
            AssignmentSet.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.AssignmentSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.AssignmentSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.AssignmentSet();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.shoal.v1.AssignmentSet.Type[object.type] !== 0))
                    switch (object.type) {
                    case "COMPLETE":
                    case 0:
                        message.type = 0;
                        break;
                    case "INCREMENTAL":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.tasks) {
                    if (!$Array.isArray(object.tasks))
                        throw $TypeError(".shoal.v1.AssignmentSet.tasks: array expected");
                    message.tasks = $Array(object.tasks.length);
                    for (var i = 0; i < object.tasks.length; ++i) {
                        if (!$util.isObject(object.tasks[i]))
                            throw $TypeError(".shoal.v1.AssignmentSet.tasks: object expected");
                        message.tasks[i] = $root.shoal.v1.Task.fromObject(object.tasks[i], _depth + 1);
                    }
                }
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".shoal.v1.AssignmentSet.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (var i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                if (object.secrets) {
                    if (!$Array.isArray(object.secrets))
                        throw $TypeError(".shoal.v1.AssignmentSet.secrets: array expected");
                    message.secrets = $Array(object.secrets.length);
                    for (var i = 0; i < object.secrets.length; ++i) {
                        if (!$util.isObject(object.secrets[i]))
                            throw $TypeError(".shoal.v1.AssignmentSet.secrets: object expected");
                        message.secrets[i] = $root.shoal.v1.Secret.fromObject(object.secrets[i], _depth + 1);
                    }
                }
                if (object.removedSecrets) {
                    if (!$Array.isArray(object.removedSecrets))
                        throw $TypeError(".shoal.v1.AssignmentSet.removedSecrets: array expected");
                    message.removedSecrets = $Array(object.removedSecrets.length);
                    for (var i = 0; i < object.removedSecrets.length; ++i)
                        message.removedSecrets[i] = $String(object.removedSecrets[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an AssignmentSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {shoal.v1.AssignmentSet} message AssignmentSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssignmentSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.tasks = [];
                    object.removed = [];
                    object.secrets = [];
                    object.removedSecrets = [];
                }
                if (options.defaults)
                    object.type = options.enums === $String ? "COMPLETE" : 0;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.shoal.v1.AssignmentSet.Type[message.type] === $undefined ? message.type : $root.shoal.v1.AssignmentSet.Type[message.type] : message.type;
                if (message.tasks && message.tasks.length) {
                    object.tasks = $Array(message.tasks.length);
                    for (var j = 0; j < message.tasks.length; ++j)
                        object.tasks[j] = $root.shoal.v1.Task.toObject(message.tasks[j], options, _depth + 1);
                }
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (var j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                if (message.secrets && message.secrets.length) {
                    object.secrets = $Array(message.secrets.length);
                    for (var j = 0; j < message.secrets.length; ++j)
                        object.secrets[j] = $root.shoal.v1.Secret.toObject(message.secrets[j], options, _depth + 1);
                }
                if (message.removedSecrets && message.removedSecrets.length) {
                    object.removedSecrets = $Array(message.removedSecrets.length);
                    for (var j = 0; j < message.removedSecrets.length; ++j)
                        object.removedSecrets[j] = message.removedSecrets[j];
                }
                return object;
            };

            /**
             * Converts this AssignmentSet to JSON.
             * @function toJSON
             * @memberof shoal.v1.AssignmentSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssignmentSet.prototype.toJSON = function() {
                return AssignmentSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AssignmentSet
             * @function getTypeUrl
             * @memberof shoal.v1.AssignmentSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AssignmentSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.AssignmentSet";
            };

            /**
             * Type enum.
             * @name shoal.v1.AssignmentSet.Type
             * @enum {number}
             * @property {number} COMPLETE=0 COMPLETE value
             * @property {number} INCREMENTAL=1 INCREMENTAL value
             */
            AssignmentSet.Type = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "COMPLETE"] = 0;
                values[valuesById[1] = "INCREMENTAL"] = 1;
                return values;
            })();

            return AssignmentSet;
        })();

        v1.SessionMessage = (function() {

            /**
             * Properties of a SessionMessage.
             * @typedef {Object} shoal.v1.SessionMessage.$Properties
             * @property {string|null} [sessionId] SessionMessage sessionId
             * @property {number|null} [heartbeatPeriodMs] SessionMessage heartbeatPeriodMs
             * @property {Array.<shoal.v1.ManagerPeer.$Properties>|null} [managers] SessionMessage managers
             * @property {shoal.v1.AssignmentSet.$Properties|null} [assignments] SessionMessage assignments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionMessage.
             * @memberof shoal.v1
             * @interface ISessionMessage
             * @augments shoal.v1.SessionMessage.$Properties
             * @deprecated Use shoal.v1.SessionMessage.$Properties instead.
             */

            /**
             * Shape of a SessionMessage.
             * @typedef {shoal.v1.SessionMessage.$Properties} shoal.v1.SessionMessage.$Shape
             */

            /**
             * Constructs a new SessionMessage.
             * @memberof shoal.v1
             * @classdesc Represents a SessionMessage.
             * @constructor
             * @param {shoal.v1.SessionMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionMessage = function (properties) {
                this.managers = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionMessage sessionId.
             * @member {string} sessionId
             * @memberof shoal.v1.SessionMessage
             * @instance
             */
            SessionMessage.prototype.sessionId = "";

            /**
             * SessionMessage heartbeatPeriodMs.
             * @member {number} heartbeatPeriodMs
             * @memberof shoal.v1.SessionMessage
             * @instance
             */
            SessionMessage.prototype.heartbeatPeriodMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SessionMessage managers.
             * @member {Array.<shoal.v1.ManagerPeer.$Properties>} managers
             * @memberof shoal.v1.SessionMessage
             * @instance
             */
            SessionMessage.prototype.managers = $util.emptyArray;

            /**
             * SessionMessage assignments.
             * @member {shoal.v1.AssignmentSet.$Properties|null|undefined} assignments
             * @memberof shoal.v1.SessionMessage
             * @instance
             */
            SessionMessage.prototype.assignments = null;

            /**
             * Creates a new SessionMessage instance using the specified properties.
             * @function create
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {shoal.v1.SessionMessage.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.SessionMessage} SessionMessage instance
             * @type {{
             *   (properties: shoal.v1.SessionMessage.$Shape): shoal.v1.SessionMessage & shoal.v1.SessionMessage.$Shape;
             *   (properties?: shoal.v1.SessionMessage.$Properties): shoal.v1.SessionMessage;
             * }}
             */
            SessionMessage.create = function(properties) {
                return new SessionMessage(properties);
            };

            /**
             * Encodes the specified SessionMessage message. Does not implicitly {@link shoal.v1.SessionMessage.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {shoal.v1.SessionMessage.$Properties} message SessionMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.heartbeatPeriodMs != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodMs") && (typeof message.heartbeatPeriodMs === "object" ? message.heartbeatPeriodMs.low || message.heartbeatPeriodMs.high : message.heartbeatPeriodMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.heartbeatPeriodMs);
                if (message.managers != null && message.managers.length)
                    for (var i = 0; i < message.managers.length; ++i)
                        $root.shoal.v1.ManagerPeer.encode(message.managers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.assignments != null && $Object.hasOwnProperty.call(message, "assignments"))
                    $root.shoal.v1.AssignmentSet.encode(message.assignments, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionMessage message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.SessionMessage & shoal.v1.SessionMessage.$Shape} SessionMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.SessionMessage();
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
                                message.sessionId = value;
                            else
                                delete message.sessionId;
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
                            if (wireType !== 2)
                                break;
                            if (!(message.managers && message.managers.length))
                                message.managers = [];
                            message.managers.push($root.shoal.v1.ManagerPeer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.assignments = $root.shoal.v1.AssignmentSet.decode(reader, reader.size(), $undefined, _depth + 1, message.assignments);
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
             * Creates a SessionMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.SessionMessage} SessionMessage
             */
            SessionMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.SessionMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.SessionMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.SessionMessage();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
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
                if (object.managers) {
                    if (!$Array.isArray(object.managers))
                        throw $TypeError(".shoal.v1.SessionMessage.managers: array expected");
                    message.managers = $Array(object.managers.length);
                    for (var i = 0; i < object.managers.length; ++i) {
                        if (!$util.isObject(object.managers[i]))
                            throw $TypeError(".shoal.v1.SessionMessage.managers: object expected");
                        message.managers[i] = $root.shoal.v1.ManagerPeer.fromObject(object.managers[i], _depth + 1);
                    }
                }
                if (object.assignments != null) {
                    if (!$util.isObject(object.assignments))
                        throw $TypeError(".shoal.v1.SessionMessage.assignments: object expected");
                    message.assignments = $root.shoal.v1.AssignmentSet.fromObject(object.assignments, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {shoal.v1.SessionMessage} message SessionMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.managers = [];
                if (options.defaults) {
                    object.sessionId = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.heartbeatPeriodMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heartbeatPeriodMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.assignments = null;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.heartbeatPeriodMs != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heartbeatPeriodMs = typeof message.heartbeatPeriodMs === "number" ? $BigInt(message.heartbeatPeriodMs) : $util.Long.fromBits(message.heartbeatPeriodMs.low >>> 0, message.heartbeatPeriodMs.high >>> 0, false).toBigInt();
                    else if (typeof message.heartbeatPeriodMs === "number")
                        object.heartbeatPeriodMs = options.longs === $String ? $String(message.heartbeatPeriodMs) : message.heartbeatPeriodMs;
                    else
                        object.heartbeatPeriodMs = options.longs === $String ? $util.Long.prototype.toString.call(message.heartbeatPeriodMs) : options.longs === $Number ? new $util.LongBits(message.heartbeatPeriodMs.low >>> 0, message.heartbeatPeriodMs.high >>> 0).toNumber() : message.heartbeatPeriodMs;
                if (message.managers && message.managers.length) {
                    object.managers = $Array(message.managers.length);
                    for (var j = 0; j < message.managers.length; ++j)
                        object.managers[j] = $root.shoal.v1.ManagerPeer.toObject(message.managers[j], options, _depth + 1);
                }
                if (message.assignments != null && $Object.hasOwnProperty.call(message, "assignments"))
                    object.assignments = $root.shoal.v1.AssignmentSet.toObject(message.assignments, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SessionMessage to JSON.
             * @function toJSON
             * @memberof shoal.v1.SessionMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionMessage.prototype.toJSON = function() {
                return SessionMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionMessage
             * @function getTypeUrl
             * @memberof shoal.v1.SessionMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.SessionMessage";
            };

            return SessionMessage;
        })();

        v1.HeartbeatRequest = (function() {

            /**
             * Properties of a HeartbeatRequest.
             * @typedef {Object} shoal.v1.HeartbeatRequest.$Properties
             * @property {string|null} [sessionId] HeartbeatRequest sessionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatRequest.
             * @memberof shoal.v1
             * @interface IHeartbeatRequest
             * @augments shoal.v1.HeartbeatRequest.$Properties
             * @deprecated Use shoal.v1.HeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a HeartbeatRequest.
             * @typedef {shoal.v1.HeartbeatRequest.$Properties} shoal.v1.HeartbeatRequest.$Shape
             */

            /**
             * Constructs a new HeartbeatRequest.
             * @memberof shoal.v1
             * @classdesc Represents a HeartbeatRequest.
             * @constructor
             * @param {shoal.v1.HeartbeatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HeartbeatRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatRequest sessionId.
             * @member {string} sessionId
             * @memberof shoal.v1.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.sessionId = "";

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {shoal.v1.HeartbeatRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.HeartbeatRequest} HeartbeatRequest instance
             * @type {{
             *   (properties: shoal.v1.HeartbeatRequest.$Shape): shoal.v1.HeartbeatRequest & shoal.v1.HeartbeatRequest.$Shape;
             *   (properties?: shoal.v1.HeartbeatRequest.$Properties): shoal.v1.HeartbeatRequest;
             * }}
             */
            HeartbeatRequest.create = function(properties) {
                return new HeartbeatRequest(properties);
            };

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link shoal.v1.HeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {shoal.v1.HeartbeatRequest.$Properties} message HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.HeartbeatRequest & shoal.v1.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.HeartbeatRequest();
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
                                message.sessionId = value;
                            else
                                delete message.sessionId;
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
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.HeartbeatRequest} HeartbeatRequest
             */
            HeartbeatRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.HeartbeatRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.HeartbeatRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.HeartbeatRequest();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                return message;
            };

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {shoal.v1.HeartbeatRequest} message HeartbeatRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.sessionId = "";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                return object;
            };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.HeartbeatRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatRequest.prototype.toJSON = function() {
                return HeartbeatRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatRequest
             * @function getTypeUrl
             * @memberof shoal.v1.HeartbeatRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.HeartbeatRequest";
            };

            return HeartbeatRequest;
        })();

        v1.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @typedef {Object} shoal.v1.HeartbeatResponse.$Properties
             * @property {number|null} [periodMs] HeartbeatResponse periodMs
             * @property {string|null} [role] HeartbeatResponse role
             * @property {string|null} [trustRoot] HeartbeatResponse trustRoot
             * @property {boolean|null} [renewCertificate] HeartbeatResponse renewCertificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatResponse.
             * @memberof shoal.v1
             * @interface IHeartbeatResponse
             * @augments shoal.v1.HeartbeatResponse.$Properties
             * @deprecated Use shoal.v1.HeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a HeartbeatResponse.
             * @typedef {shoal.v1.HeartbeatResponse.$Properties} shoal.v1.HeartbeatResponse.$Shape
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof shoal.v1
             * @classdesc Represents a HeartbeatResponse.
             * @constructor
             * @param {shoal.v1.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HeartbeatResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatResponse periodMs.
             * @member {number} periodMs
             * @memberof shoal.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.periodMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HeartbeatResponse role.
             * @member {string} role
             * @memberof shoal.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.role = "";

            /**
             * HeartbeatResponse trustRoot.
             * @member {string} trustRoot
             * @memberof shoal.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.trustRoot = "";

            /**
             * HeartbeatResponse renewCertificate.
             * @member {boolean} renewCertificate
             * @memberof shoal.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.renewCertificate = false;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {shoal.v1.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.HeartbeatResponse} HeartbeatResponse instance
             * @type {{
             *   (properties: shoal.v1.HeartbeatResponse.$Shape): shoal.v1.HeartbeatResponse & shoal.v1.HeartbeatResponse.$Shape;
             *   (properties?: shoal.v1.HeartbeatResponse.$Properties): shoal.v1.HeartbeatResponse;
             * }}
             */
            HeartbeatResponse.create = function(properties) {
                return new HeartbeatResponse(properties);
            };

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link shoal.v1.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {shoal.v1.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs") && (typeof message.periodMs === "object" ? message.periodMs.low || message.periodMs.high : message.periodMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.periodMs);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.trustRoot != null && $Object.hasOwnProperty.call(message, "trustRoot") && message.trustRoot !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.trustRoot);
                if (message.renewCertificate != null && $Object.hasOwnProperty.call(message, "renewCertificate") && message.renewCertificate !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.renewCertificate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.HeartbeatResponse & shoal.v1.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.HeartbeatResponse();
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
                                message.periodMs = value;
                            else
                                delete message.periodMs;
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
                                message.trustRoot = value;
                            else
                                delete message.trustRoot;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.renewCertificate = value;
                            else
                                delete message.renewCertificate;
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
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.HeartbeatResponse} HeartbeatResponse
             */
            HeartbeatResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.HeartbeatResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.HeartbeatResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.HeartbeatResponse();
                if (object.periodMs != null)
                    if (typeof object.periodMs === "object" ? object.periodMs.low || object.periodMs.high : $Number(object.periodMs) !== 0)
                        if ($util.Long)
                            message.periodMs = $util.Long.fromValue(object.periodMs, false);
                        else if (typeof object.periodMs === "string")
                            message.periodMs = $parseInt(object.periodMs, 10);
                        else if (typeof object.periodMs === "number")
                            message.periodMs = object.periodMs;
                        else if (typeof object.periodMs === "object")
                            message.periodMs = new $util.LongBits(object.periodMs.low >>> 0, object.periodMs.high >>> 0).toNumber();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.trustRoot != null)
                    if (typeof object.trustRoot !== "string" || object.trustRoot.length)
                        message.trustRoot = $String(object.trustRoot);
                if (object.renewCertificate != null)
                    if (object.renewCertificate)
                        message.renewCertificate = $Boolean(object.renewCertificate);
                return message;
            };

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {shoal.v1.HeartbeatResponse} message HeartbeatResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatResponse.toObject = function (message, options, _depth) {
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
                        object.periodMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.periodMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.role = "";
                    object.trustRoot = "";
                    object.renewCertificate = false;
                }
                if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.periodMs = typeof message.periodMs === "number" ? $BigInt(message.periodMs) : $util.Long.fromBits(message.periodMs.low >>> 0, message.periodMs.high >>> 0, false).toBigInt();
                    else if (typeof message.periodMs === "number")
                        object.periodMs = options.longs === $String ? $String(message.periodMs) : message.periodMs;
                    else
                        object.periodMs = options.longs === $String ? $util.Long.prototype.toString.call(message.periodMs) : options.longs === $Number ? new $util.LongBits(message.periodMs.low >>> 0, message.periodMs.high >>> 0).toNumber() : message.periodMs;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.trustRoot != null && $Object.hasOwnProperty.call(message, "trustRoot"))
                    object.trustRoot = message.trustRoot;
                if (message.renewCertificate != null && $Object.hasOwnProperty.call(message, "renewCertificate"))
                    object.renewCertificate = message.renewCertificate;
                return object;
            };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.HeartbeatResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatResponse.prototype.toJSON = function() {
                return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatResponse
             * @function getTypeUrl
             * @memberof shoal.v1.HeartbeatResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        v1.TaskStatusUpdate = (function() {

            /**
             * Properties of a TaskStatusUpdate.
             * @typedef {Object} shoal.v1.TaskStatusUpdate.$Properties
             * @property {string|null} [taskId] TaskStatusUpdate taskId
             * @property {shoal.v1.TaskStatus.$Properties|null} [status] TaskStatusUpdate status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStatusUpdate.
             * @memberof shoal.v1
             * @interface ITaskStatusUpdate
             * @augments shoal.v1.TaskStatusUpdate.$Properties
             * @deprecated Use shoal.v1.TaskStatusUpdate.$Properties instead.
             */

            /**
             * Shape of a TaskStatusUpdate.
             * @typedef {shoal.v1.TaskStatusUpdate.$Properties} shoal.v1.TaskStatusUpdate.$Shape
             */

            /**
             * Constructs a new TaskStatusUpdate.
             * @memberof shoal.v1
             * @classdesc Represents a TaskStatusUpdate.
             * @constructor
             * @param {shoal.v1.TaskStatusUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskStatusUpdate = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStatusUpdate taskId.
             * @member {string} taskId
             * @memberof shoal.v1.TaskStatusUpdate
             * @instance
             */
            TaskStatusUpdate.prototype.taskId = "";

            /**
             * TaskStatusUpdate status.
             * @member {shoal.v1.TaskStatus.$Properties|null|undefined} status
             * @memberof shoal.v1.TaskStatusUpdate
             * @instance
             */
            TaskStatusUpdate.prototype.status = null;

            /**
             * Creates a new TaskStatusUpdate instance using the specified properties.
             * @function create
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {shoal.v1.TaskStatusUpdate.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.TaskStatusUpdate} TaskStatusUpdate instance
             * @type {{
             *   (properties: shoal.v1.TaskStatusUpdate.$Shape): shoal.v1.TaskStatusUpdate & shoal.v1.TaskStatusUpdate.$Shape;
             *   (properties?: shoal.v1.TaskStatusUpdate.$Properties): shoal.v1.TaskStatusUpdate;
             * }}
             */
            TaskStatusUpdate.create = function(properties) {
                return new TaskStatusUpdate(properties);
            };

            /**
             * Encodes the specified TaskStatusUpdate message. Does not implicitly {@link shoal.v1.TaskStatusUpdate.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {shoal.v1.TaskStatusUpdate.$Properties} message TaskStatusUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStatusUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.shoal.v1.TaskStatus.encode(message.status, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskStatusUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.TaskStatusUpdate & shoal.v1.TaskStatusUpdate.$Shape} TaskStatusUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStatusUpdate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.TaskStatusUpdate();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.shoal.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
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
             * Creates a TaskStatusUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.TaskStatusUpdate} TaskStatusUpdate
             */
            TaskStatusUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.TaskStatusUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.TaskStatusUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.TaskStatusUpdate();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".shoal.v1.TaskStatusUpdate.status: object expected");
                    message.status = $root.shoal.v1.TaskStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskStatusUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {shoal.v1.TaskStatusUpdate} message TaskStatusUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskStatusUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.status = null;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.shoal.v1.TaskStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TaskStatusUpdate to JSON.
             * @function toJSON
             * @memberof shoal.v1.TaskStatusUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskStatusUpdate.prototype.toJSON = function() {
                return TaskStatusUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskStatusUpdate
             * @function getTypeUrl
             * @memberof shoal.v1.TaskStatusUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskStatusUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.TaskStatusUpdate";
            };

            return TaskStatusUpdate;
        })();

        v1.UpdateTaskStatusRequest = (function() {

            /**
             * Properties of an UpdateTaskStatusRequest.
             * @typedef {Object} shoal.v1.UpdateTaskStatusRequest.$Properties
             * @property {string|null} [sessionId] UpdateTaskStatusRequest sessionId
             * @property {Array.<shoal.v1.TaskStatusUpdate.$Properties>|null} [updates] UpdateTaskStatusRequest updates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateTaskStatusRequest.
             * @memberof shoal.v1
             * @interface IUpdateTaskStatusRequest
             * @augments shoal.v1.UpdateTaskStatusRequest.$Properties
             * @deprecated Use shoal.v1.UpdateTaskStatusRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateTaskStatusRequest.
             * @typedef {shoal.v1.UpdateTaskStatusRequest.$Properties} shoal.v1.UpdateTaskStatusRequest.$Shape
             */

            /**
             * Constructs a new UpdateTaskStatusRequest.
             * @memberof shoal.v1
             * @classdesc Represents an UpdateTaskStatusRequest.
             * @constructor
             * @param {shoal.v1.UpdateTaskStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateTaskStatusRequest = function (properties) {
                this.updates = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateTaskStatusRequest sessionId.
             * @member {string} sessionId
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @instance
             */
            UpdateTaskStatusRequest.prototype.sessionId = "";

            /**
             * UpdateTaskStatusRequest updates.
             * @member {Array.<shoal.v1.TaskStatusUpdate.$Properties>} updates
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @instance
             */
            UpdateTaskStatusRequest.prototype.updates = $util.emptyArray;

            /**
             * Creates a new UpdateTaskStatusRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {shoal.v1.UpdateTaskStatusRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.UpdateTaskStatusRequest} UpdateTaskStatusRequest instance
             * @type {{
             *   (properties: shoal.v1.UpdateTaskStatusRequest.$Shape): shoal.v1.UpdateTaskStatusRequest & shoal.v1.UpdateTaskStatusRequest.$Shape;
             *   (properties?: shoal.v1.UpdateTaskStatusRequest.$Properties): shoal.v1.UpdateTaskStatusRequest;
             * }}
             */
            UpdateTaskStatusRequest.create = function(properties) {
                return new UpdateTaskStatusRequest(properties);
            };

            /**
             * Encodes the specified UpdateTaskStatusRequest message. Does not implicitly {@link shoal.v1.UpdateTaskStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {shoal.v1.UpdateTaskStatusRequest.$Properties} message UpdateTaskStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateTaskStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.updates != null && message.updates.length)
                    for (var i = 0; i < message.updates.length; ++i)
                        $root.shoal.v1.TaskStatusUpdate.encode(message.updates[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateTaskStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateTaskStatusRequest & shoal.v1.UpdateTaskStatusRequest.$Shape} UpdateTaskStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateTaskStatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.UpdateTaskStatusRequest();
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
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.updates && message.updates.length))
                                message.updates = [];
                            message.updates.push($root.shoal.v1.TaskStatusUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Creates an UpdateTaskStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.UpdateTaskStatusRequest} UpdateTaskStatusRequest
             */
            UpdateTaskStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.UpdateTaskStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.UpdateTaskStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.UpdateTaskStatusRequest();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.updates) {
                    if (!$Array.isArray(object.updates))
                        throw $TypeError(".shoal.v1.UpdateTaskStatusRequest.updates: array expected");
                    message.updates = $Array(object.updates.length);
                    for (var i = 0; i < object.updates.length; ++i) {
                        if (!$util.isObject(object.updates[i]))
                            throw $TypeError(".shoal.v1.UpdateTaskStatusRequest.updates: object expected");
                        message.updates[i] = $root.shoal.v1.TaskStatusUpdate.fromObject(object.updates[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an UpdateTaskStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {shoal.v1.UpdateTaskStatusRequest} message UpdateTaskStatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateTaskStatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.updates = [];
                if (options.defaults)
                    object.sessionId = "";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.updates && message.updates.length) {
                    object.updates = $Array(message.updates.length);
                    for (var j = 0; j < message.updates.length; ++j)
                        object.updates[j] = $root.shoal.v1.TaskStatusUpdate.toObject(message.updates[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this UpdateTaskStatusRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateTaskStatusRequest.prototype.toJSON = function() {
                return UpdateTaskStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateTaskStatusRequest
             * @function getTypeUrl
             * @memberof shoal.v1.UpdateTaskStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateTaskStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.UpdateTaskStatusRequest";
            };

            return UpdateTaskStatusRequest;
        })();

        v1.UpdateTaskStatusResponse = (function() {

            /**
             * Properties of an UpdateTaskStatusResponse.
             * @typedef {Object} shoal.v1.UpdateTaskStatusResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateTaskStatusResponse.
             * @memberof shoal.v1
             * @interface IUpdateTaskStatusResponse
             * @augments shoal.v1.UpdateTaskStatusResponse.$Properties
             * @deprecated Use shoal.v1.UpdateTaskStatusResponse.$Properties instead.
             */

            /**
             * Shape of an UpdateTaskStatusResponse.
             * @typedef {shoal.v1.UpdateTaskStatusResponse.$Properties} shoal.v1.UpdateTaskStatusResponse.$Shape
             */

            /**
             * Constructs a new UpdateTaskStatusResponse.
             * @memberof shoal.v1
             * @classdesc Represents an UpdateTaskStatusResponse.
             * @constructor
             * @param {shoal.v1.UpdateTaskStatusResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateTaskStatusResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UpdateTaskStatusResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {shoal.v1.UpdateTaskStatusResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.UpdateTaskStatusResponse} UpdateTaskStatusResponse instance
             * @type {{
             *   (properties: shoal.v1.UpdateTaskStatusResponse.$Shape): shoal.v1.UpdateTaskStatusResponse & shoal.v1.UpdateTaskStatusResponse.$Shape;
             *   (properties?: shoal.v1.UpdateTaskStatusResponse.$Properties): shoal.v1.UpdateTaskStatusResponse;
             * }}
             */
            UpdateTaskStatusResponse.create = function(properties) {
                return new UpdateTaskStatusResponse(properties);
            };

            /**
             * Encodes the specified UpdateTaskStatusResponse message. Does not implicitly {@link shoal.v1.UpdateTaskStatusResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {shoal.v1.UpdateTaskStatusResponse.$Properties} message UpdateTaskStatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateTaskStatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateTaskStatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateTaskStatusResponse & shoal.v1.UpdateTaskStatusResponse.$Shape} UpdateTaskStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateTaskStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.UpdateTaskStatusResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Creates an UpdateTaskStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.UpdateTaskStatusResponse} UpdateTaskStatusResponse
             */
            UpdateTaskStatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.UpdateTaskStatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.UpdateTaskStatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.shoal.v1.UpdateTaskStatusResponse();
            };

            /**
             * Creates a plain object from an UpdateTaskStatusResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {shoal.v1.UpdateTaskStatusResponse} message UpdateTaskStatusResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateTaskStatusResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this UpdateTaskStatusResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateTaskStatusResponse.prototype.toJSON = function() {
                return UpdateTaskStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateTaskStatusResponse
             * @function getTypeUrl
             * @memberof shoal.v1.UpdateTaskStatusResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateTaskStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.UpdateTaskStatusResponse";
            };

            return UpdateTaskStatusResponse;
        })();

        v1.Raft = (function() {

            /**
             * Constructs a new Raft service.
             * @memberof shoal.v1
             * @classdesc Represents a Raft
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var Raft = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Raft.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Raft, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Raft service using the specified rpc implementation.
             * @function create
             * @memberof shoal.v1.Raft
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Raft} RPC service. Useful where requests and/or responses are streamed.
             */
            Raft.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link shoal.v1.Raft#processRaftMessage}.
             * @memberof shoal.v1.Raft
             * @typedef ProcessRaftMessageCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.ProcessRaftMessageResponse} [response] ProcessRaftMessageResponse
             */

            /**
             * Calls ProcessRaftMessage.
             * @memberof shoal.v1.Raft
             * @typedef ProcessRaftMessage
             * @type {{
             *   (request: shoal.v1.IProcessRaftMessageRequest, callback: shoal.v1.Raft.ProcessRaftMessageCallback): void;
             *   (request: shoal.v1.IProcessRaftMessageRequest): Promise<shoal.v1.ProcessRaftMessageResponse>;
             *   readonly name: "ProcessRaftMessage";
             *   readonly path: "/shoal.v1.Raft/ProcessRaftMessage";
             *   readonly requestType: "ProcessRaftMessageRequest";
             *   readonly responseType: "ProcessRaftMessageResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ProcessRaftMessage.
             * @name shoal.v1.Raft#processRaftMessage
             * @type {shoal.v1.Raft.ProcessRaftMessage}
             */
            $Object.defineProperties(Raft.prototype.processRaftMessage = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Raft.prototype.processRaftMessage, $root.shoal.v1.ProcessRaftMessageRequest, $root.shoal.v1.ProcessRaftMessageResponse, request, callback);
            }, {
                name: { value: "ProcessRaftMessage" },
                path: { value: "/shoal.v1.Raft/ProcessRaftMessage" },
                requestType: { value: "ProcessRaftMessageRequest" },
                responseType: { value: "ProcessRaftMessageResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.Raft#streamRaftMessages}.
             * @memberof shoal.v1.Raft
             * @typedef StreamRaftMessagesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.ProcessRaftMessageResponse} [response] ProcessRaftMessageResponse
             */

            /**
             * Calls StreamRaftMessages.
             * @memberof shoal.v1.Raft
             * @typedef StreamRaftMessages
             * @type {{
             *   (request: shoal.v1.IProcessRaftMessageRequest, callback: shoal.v1.Raft.StreamRaftMessagesCallback): void;
             *   (request: shoal.v1.IProcessRaftMessageRequest): Promise<shoal.v1.ProcessRaftMessageResponse>;
             *   readonly name: "StreamRaftMessages";
             *   readonly path: "/shoal.v1.Raft/StreamRaftMessages";
             *   readonly requestType: "ProcessRaftMessageRequest";
             *   readonly responseType: "ProcessRaftMessageResponse";
             *   readonly requestStream: true;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls StreamRaftMessages.
             * @name shoal.v1.Raft#streamRaftMessages
             * @type {shoal.v1.Raft.StreamRaftMessages}
             */
            $Object.defineProperties(Raft.prototype.streamRaftMessages = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Raft.prototype.streamRaftMessages, $root.shoal.v1.ProcessRaftMessageRequest, $root.shoal.v1.ProcessRaftMessageResponse, request, callback);
            }, {
                name: { value: "StreamRaftMessages" },
                path: { value: "/shoal.v1.Raft/StreamRaftMessages" },
                requestType: { value: "ProcessRaftMessageRequest" },
                responseType: { value: "ProcessRaftMessageResponse" },
                requestStream: { value: true },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.Raft#join}.
             * @memberof shoal.v1.Raft
             * @typedef JoinCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.RaftJoinResponse} [response] RaftJoinResponse
             */

            /**
             * Calls Join.
             * @memberof shoal.v1.Raft
             * @typedef Join
             * @type {{
             *   (request: shoal.v1.IRaftJoinRequest, callback: shoal.v1.Raft.JoinCallback): void;
             *   (request: shoal.v1.IRaftJoinRequest): Promise<shoal.v1.RaftJoinResponse>;
             *   readonly name: "Join";
             *   readonly path: "/shoal.v1.Raft/Join";
             *   readonly requestType: "RaftJoinRequest";
             *   readonly responseType: "RaftJoinResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Join.
             * @name shoal.v1.Raft#join
             * @type {shoal.v1.Raft.Join}
             */
            $Object.defineProperties(Raft.prototype.join = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Raft.prototype.join, $root.shoal.v1.RaftJoinRequest, $root.shoal.v1.RaftJoinResponse, request, callback);
            }, {
                name: { value: "Join" },
                path: { value: "/shoal.v1.Raft/Join" },
                requestType: { value: "RaftJoinRequest" },
                responseType: { value: "RaftJoinResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link shoal.v1.Raft#controlProxy}.
             * @memberof shoal.v1.Raft
             * @typedef ControlProxyCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {shoal.v1.ControlProxyResponse} [response] ControlProxyResponse
             */

            /**
             * Calls ControlProxy.
             * @memberof shoal.v1.Raft
             * @typedef ControlProxy
             * @type {{
             *   (request: shoal.v1.IControlProxyRequest, callback: shoal.v1.Raft.ControlProxyCallback): void;
             *   (request: shoal.v1.IControlProxyRequest): Promise<shoal.v1.ControlProxyResponse>;
             *   readonly name: "ControlProxy";
             *   readonly path: "/shoal.v1.Raft/ControlProxy";
             *   readonly requestType: "ControlProxyRequest";
             *   readonly responseType: "ControlProxyResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ControlProxy.
             * @name shoal.v1.Raft#controlProxy
             * @type {shoal.v1.Raft.ControlProxy}
             */
            $Object.defineProperties(Raft.prototype.controlProxy = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Raft.prototype.controlProxy, $root.shoal.v1.ControlProxyRequest, $root.shoal.v1.ControlProxyResponse, request, callback);
            }, {
                name: { value: "ControlProxy" },
                path: { value: "/shoal.v1.Raft/ControlProxy" },
                requestType: { value: "ControlProxyRequest" },
                responseType: { value: "ControlProxyResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Raft;
        })();

        v1.ProcessRaftMessageRequest = (function() {

            /**
             * Properties of a ProcessRaftMessageRequest.
             * @typedef {Object} shoal.v1.ProcessRaftMessageRequest.$Properties
             * @property {Array.<Uint8Array>|null} [messages] ProcessRaftMessageRequest messages
             * @property {number|null} [from] ProcessRaftMessageRequest from
             * @property {string|null} [fromAddr] ProcessRaftMessageRequest fromAddr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessRaftMessageRequest.
             * @memberof shoal.v1
             * @interface IProcessRaftMessageRequest
             * @augments shoal.v1.ProcessRaftMessageRequest.$Properties
             * @deprecated Use shoal.v1.ProcessRaftMessageRequest.$Properties instead.
             */

            /**
             * Shape of a ProcessRaftMessageRequest.
             * @typedef {shoal.v1.ProcessRaftMessageRequest.$Properties} shoal.v1.ProcessRaftMessageRequest.$Shape
             */

            /**
             * Constructs a new ProcessRaftMessageRequest.
             * @memberof shoal.v1
             * @classdesc Represents a ProcessRaftMessageRequest.
             * @constructor
             * @param {shoal.v1.ProcessRaftMessageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProcessRaftMessageRequest = function (properties) {
                this.messages = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessRaftMessageRequest messages.
             * @member {Array.<Uint8Array>} messages
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @instance
             */
            ProcessRaftMessageRequest.prototype.messages = $util.emptyArray;

            /**
             * ProcessRaftMessageRequest from.
             * @member {number} from
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @instance
             */
            ProcessRaftMessageRequest.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProcessRaftMessageRequest fromAddr.
             * @member {string} fromAddr
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @instance
             */
            ProcessRaftMessageRequest.prototype.fromAddr = "";

            /**
             * Creates a new ProcessRaftMessageRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {shoal.v1.ProcessRaftMessageRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ProcessRaftMessageRequest} ProcessRaftMessageRequest instance
             * @type {{
             *   (properties: shoal.v1.ProcessRaftMessageRequest.$Shape): shoal.v1.ProcessRaftMessageRequest & shoal.v1.ProcessRaftMessageRequest.$Shape;
             *   (properties?: shoal.v1.ProcessRaftMessageRequest.$Properties): shoal.v1.ProcessRaftMessageRequest;
             * }}
             */
            ProcessRaftMessageRequest.create = function(properties) {
                return new ProcessRaftMessageRequest(properties);
            };

            /**
             * Encodes the specified ProcessRaftMessageRequest message. Does not implicitly {@link shoal.v1.ProcessRaftMessageRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {shoal.v1.ProcessRaftMessageRequest.$Properties} message ProcessRaftMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessRaftMessageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (var i = 0; i < message.messages.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.messages[i]);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.from);
                if (message.fromAddr != null && $Object.hasOwnProperty.call(message, "fromAddr") && message.fromAddr !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.fromAddr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessRaftMessageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessRaftMessageRequest & shoal.v1.ProcessRaftMessageRequest.$Shape} ProcessRaftMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessRaftMessageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ProcessRaftMessageRequest();
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
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromAddr = value;
                            else
                                delete message.fromAddr;
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
             * Creates a ProcessRaftMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ProcessRaftMessageRequest} ProcessRaftMessageRequest
             */
            ProcessRaftMessageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ProcessRaftMessageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ProcessRaftMessageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ProcessRaftMessageRequest();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".shoal.v1.ProcessRaftMessageRequest.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (var i = 0; i < object.messages.length; ++i)
                        if (typeof object.messages[i] === "string")
                            $util.base64.decode(object.messages[i], message.messages[i] = $util.newBuffer($util.base64.length(object.messages[i])), 0);
                        else if (object.messages[i].length >= 0)
                            message.messages[i] = object.messages[i];
                }
                if (object.from != null)
                    if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                        if ($util.Long)
                            message.from = $util.Long.fromValue(object.from, true);
                        else if (typeof object.from === "string")
                            message.from = $parseInt(object.from, 10);
                        else if (typeof object.from === "number")
                            message.from = object.from;
                        else if (typeof object.from === "object")
                            message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
                if (object.fromAddr != null)
                    if (typeof object.fromAddr !== "string" || object.fromAddr.length)
                        message.fromAddr = $String(object.fromAddr);
                return message;
            };

            /**
             * Creates a plain object from a ProcessRaftMessageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {shoal.v1.ProcessRaftMessageRequest} message ProcessRaftMessageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessRaftMessageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.fromAddr = "";
                }
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (var j = 0; j < message.messages.length; ++j)
                        object.messages[j] = options.bytes === $String ? $util.base64.encode(message.messages[j], 0, message.messages[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.messages[j]) : message.messages[j];
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                    else if (typeof message.from === "number")
                        object.from = options.longs === $String ? $String(message.from) : message.from;
                    else
                        object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
                if (message.fromAddr != null && $Object.hasOwnProperty.call(message, "fromAddr"))
                    object.fromAddr = message.fromAddr;
                return object;
            };

            /**
             * Converts this ProcessRaftMessageRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessRaftMessageRequest.prototype.toJSON = function() {
                return ProcessRaftMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessRaftMessageRequest
             * @function getTypeUrl
             * @memberof shoal.v1.ProcessRaftMessageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessRaftMessageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ProcessRaftMessageRequest";
            };

            return ProcessRaftMessageRequest;
        })();

        v1.ProcessRaftMessageResponse = (function() {

            /**
             * Properties of a ProcessRaftMessageResponse.
             * @typedef {Object} shoal.v1.ProcessRaftMessageResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessRaftMessageResponse.
             * @memberof shoal.v1
             * @interface IProcessRaftMessageResponse
             * @augments shoal.v1.ProcessRaftMessageResponse.$Properties
             * @deprecated Use shoal.v1.ProcessRaftMessageResponse.$Properties instead.
             */

            /**
             * Shape of a ProcessRaftMessageResponse.
             * @typedef {shoal.v1.ProcessRaftMessageResponse.$Properties} shoal.v1.ProcessRaftMessageResponse.$Shape
             */

            /**
             * Constructs a new ProcessRaftMessageResponse.
             * @memberof shoal.v1
             * @classdesc Represents a ProcessRaftMessageResponse.
             * @constructor
             * @param {shoal.v1.ProcessRaftMessageResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProcessRaftMessageResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ProcessRaftMessageResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {shoal.v1.ProcessRaftMessageResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ProcessRaftMessageResponse} ProcessRaftMessageResponse instance
             * @type {{
             *   (properties: shoal.v1.ProcessRaftMessageResponse.$Shape): shoal.v1.ProcessRaftMessageResponse & shoal.v1.ProcessRaftMessageResponse.$Shape;
             *   (properties?: shoal.v1.ProcessRaftMessageResponse.$Properties): shoal.v1.ProcessRaftMessageResponse;
             * }}
             */
            ProcessRaftMessageResponse.create = function(properties) {
                return new ProcessRaftMessageResponse(properties);
            };

            /**
             * Encodes the specified ProcessRaftMessageResponse message. Does not implicitly {@link shoal.v1.ProcessRaftMessageResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {shoal.v1.ProcessRaftMessageResponse.$Properties} message ProcessRaftMessageResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessRaftMessageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessRaftMessageResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessRaftMessageResponse & shoal.v1.ProcessRaftMessageResponse.$Shape} ProcessRaftMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessRaftMessageResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.shoal.v1.ProcessRaftMessageResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Creates a ProcessRaftMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ProcessRaftMessageResponse} ProcessRaftMessageResponse
             */
            ProcessRaftMessageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ProcessRaftMessageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ProcessRaftMessageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.shoal.v1.ProcessRaftMessageResponse();
            };

            /**
             * Creates a plain object from a ProcessRaftMessageResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {shoal.v1.ProcessRaftMessageResponse} message ProcessRaftMessageResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessRaftMessageResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this ProcessRaftMessageResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessRaftMessageResponse.prototype.toJSON = function() {
                return ProcessRaftMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessRaftMessageResponse
             * @function getTypeUrl
             * @memberof shoal.v1.ProcessRaftMessageResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessRaftMessageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ProcessRaftMessageResponse";
            };

            return ProcessRaftMessageResponse;
        })();

        v1.RaftJoinRequest = (function() {

            /**
             * Properties of a RaftJoinRequest.
             * @typedef {Object} shoal.v1.RaftJoinRequest.$Properties
             * @property {number|null} [raftId] RaftJoinRequest raftId
             * @property {string|null} [addr] RaftJoinRequest addr
             * @property {string|null} [nodeId] RaftJoinRequest nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftJoinRequest.
             * @memberof shoal.v1
             * @interface IRaftJoinRequest
             * @augments shoal.v1.RaftJoinRequest.$Properties
             * @deprecated Use shoal.v1.RaftJoinRequest.$Properties instead.
             */

            /**
             * Shape of a RaftJoinRequest.
             * @typedef {shoal.v1.RaftJoinRequest.$Properties} shoal.v1.RaftJoinRequest.$Shape
             */

            /**
             * Constructs a new RaftJoinRequest.
             * @memberof shoal.v1
             * @classdesc Represents a RaftJoinRequest.
             * @constructor
             * @param {shoal.v1.RaftJoinRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RaftJoinRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftJoinRequest raftId.
             * @member {number} raftId
             * @memberof shoal.v1.RaftJoinRequest
             * @instance
             */
            RaftJoinRequest.prototype.raftId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftJoinRequest addr.
             * @member {string} addr
             * @memberof shoal.v1.RaftJoinRequest
             * @instance
             */
            RaftJoinRequest.prototype.addr = "";

            /**
             * RaftJoinRequest nodeId.
             * @member {string} nodeId
             * @memberof shoal.v1.RaftJoinRequest
             * @instance
             */
            RaftJoinRequest.prototype.nodeId = "";

            /**
             * Creates a new RaftJoinRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {shoal.v1.RaftJoinRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RaftJoinRequest} RaftJoinRequest instance
             * @type {{
             *   (properties: shoal.v1.RaftJoinRequest.$Shape): shoal.v1.RaftJoinRequest & shoal.v1.RaftJoinRequest.$Shape;
             *   (properties?: shoal.v1.RaftJoinRequest.$Properties): shoal.v1.RaftJoinRequest;
             * }}
             */
            RaftJoinRequest.create = function(properties) {
                return new RaftJoinRequest(properties);
            };

            /**
             * Encodes the specified RaftJoinRequest message. Does not implicitly {@link shoal.v1.RaftJoinRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {shoal.v1.RaftJoinRequest.$Properties} message RaftJoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftJoinRequest.encode = function (message, writer, _depth) {
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
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftJoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RaftJoinRequest & shoal.v1.RaftJoinRequest.$Shape} RaftJoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftJoinRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RaftJoinRequest();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
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
             * Creates a RaftJoinRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RaftJoinRequest} RaftJoinRequest
             */
            RaftJoinRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RaftJoinRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RaftJoinRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RaftJoinRequest();
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
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                return message;
            };

            /**
             * Creates a plain object from a RaftJoinRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {shoal.v1.RaftJoinRequest} message RaftJoinRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RaftJoinRequest.toObject = function (message, options, _depth) {
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
                    object.nodeId = "";
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
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                return object;
            };

            /**
             * Converts this RaftJoinRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.RaftJoinRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RaftJoinRequest.prototype.toJSON = function() {
                return RaftJoinRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RaftJoinRequest
             * @function getTypeUrl
             * @memberof shoal.v1.RaftJoinRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftJoinRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RaftJoinRequest";
            };

            return RaftJoinRequest;
        })();

        v1.RaftMember = (function() {

            /**
             * Properties of a RaftMember.
             * @typedef {Object} shoal.v1.RaftMember.$Properties
             * @property {number|null} [raftId] RaftMember raftId
             * @property {string|null} [addr] RaftMember addr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftMember.
             * @memberof shoal.v1
             * @interface IRaftMember
             * @augments shoal.v1.RaftMember.$Properties
             * @deprecated Use shoal.v1.RaftMember.$Properties instead.
             */

            /**
             * Shape of a RaftMember.
             * @typedef {shoal.v1.RaftMember.$Properties} shoal.v1.RaftMember.$Shape
             */

            /**
             * Constructs a new RaftMember.
             * @memberof shoal.v1
             * @classdesc Represents a RaftMember.
             * @constructor
             * @param {shoal.v1.RaftMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RaftMember = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftMember raftId.
             * @member {number} raftId
             * @memberof shoal.v1.RaftMember
             * @instance
             */
            RaftMember.prototype.raftId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMember addr.
             * @member {string} addr
             * @memberof shoal.v1.RaftMember
             * @instance
             */
            RaftMember.prototype.addr = "";

            /**
             * Creates a new RaftMember instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {shoal.v1.RaftMember.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RaftMember} RaftMember instance
             * @type {{
             *   (properties: shoal.v1.RaftMember.$Shape): shoal.v1.RaftMember & shoal.v1.RaftMember.$Shape;
             *   (properties?: shoal.v1.RaftMember.$Properties): shoal.v1.RaftMember;
             * }}
             */
            RaftMember.create = function(properties) {
                return new RaftMember(properties);
            };

            /**
             * Encodes the specified RaftMember message. Does not implicitly {@link shoal.v1.RaftMember.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {shoal.v1.RaftMember.$Properties} message RaftMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftMember.encode = function (message, writer, _depth) {
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftMember message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RaftMember & shoal.v1.RaftMember.$Shape} RaftMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RaftMember();
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
             * Creates a RaftMember message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RaftMember} RaftMember
             */
            RaftMember.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RaftMember)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RaftMember: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RaftMember();
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
                return message;
            };

            /**
             * Creates a plain object from a RaftMember message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {shoal.v1.RaftMember} message RaftMember
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RaftMember.toObject = function (message, options, _depth) {
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
                return object;
            };

            /**
             * Converts this RaftMember to JSON.
             * @function toJSON
             * @memberof shoal.v1.RaftMember
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RaftMember.prototype.toJSON = function() {
                return RaftMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RaftMember
             * @function getTypeUrl
             * @memberof shoal.v1.RaftMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RaftMember";
            };

            return RaftMember;
        })();

        v1.RaftJoinResponse = (function() {

            /**
             * Properties of a RaftJoinResponse.
             * @typedef {Object} shoal.v1.RaftJoinResponse.$Properties
             * @property {Array.<shoal.v1.RaftMember.$Properties>|null} [members] RaftJoinResponse members
             * @property {Uint8Array|null} [secretsKey] RaftJoinResponse secretsKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftJoinResponse.
             * @memberof shoal.v1
             * @interface IRaftJoinResponse
             * @augments shoal.v1.RaftJoinResponse.$Properties
             * @deprecated Use shoal.v1.RaftJoinResponse.$Properties instead.
             */

            /**
             * Shape of a RaftJoinResponse.
             * @typedef {shoal.v1.RaftJoinResponse.$Properties} shoal.v1.RaftJoinResponse.$Shape
             */

            /**
             * Constructs a new RaftJoinResponse.
             * @memberof shoal.v1
             * @classdesc Represents a RaftJoinResponse.
             * @constructor
             * @param {shoal.v1.RaftJoinResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RaftJoinResponse = function (properties) {
                this.members = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftJoinResponse members.
             * @member {Array.<shoal.v1.RaftMember.$Properties>} members
             * @memberof shoal.v1.RaftJoinResponse
             * @instance
             */
            RaftJoinResponse.prototype.members = $util.emptyArray;

            /**
             * RaftJoinResponse secretsKey.
             * @member {Uint8Array} secretsKey
             * @memberof shoal.v1.RaftJoinResponse
             * @instance
             */
            RaftJoinResponse.prototype.secretsKey = $util.newBuffer([]);

            /**
             * Creates a new RaftJoinResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {shoal.v1.RaftJoinResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.RaftJoinResponse} RaftJoinResponse instance
             * @type {{
             *   (properties: shoal.v1.RaftJoinResponse.$Shape): shoal.v1.RaftJoinResponse & shoal.v1.RaftJoinResponse.$Shape;
             *   (properties?: shoal.v1.RaftJoinResponse.$Properties): shoal.v1.RaftJoinResponse;
             * }}
             */
            RaftJoinResponse.create = function(properties) {
                return new RaftJoinResponse(properties);
            };

            /**
             * Encodes the specified RaftJoinResponse message. Does not implicitly {@link shoal.v1.RaftJoinResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {shoal.v1.RaftJoinResponse.$Properties} message RaftJoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftJoinResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.members != null && message.members.length)
                    for (var i = 0; i < message.members.length; ++i)
                        $root.shoal.v1.RaftMember.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.secretsKey != null && $Object.hasOwnProperty.call(message, "secretsKey") && message.secretsKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secretsKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftJoinResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.RaftJoinResponse & shoal.v1.RaftJoinResponse.$Shape} RaftJoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftJoinResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.RaftJoinResponse();
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
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.shoal.v1.RaftMember.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secretsKey = value;
                            else
                                delete message.secretsKey;
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
             * Creates a RaftJoinResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.RaftJoinResponse} RaftJoinResponse
             */
            RaftJoinResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.RaftJoinResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.RaftJoinResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.RaftJoinResponse();
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".shoal.v1.RaftJoinResponse.members: array expected");
                    message.members = $Array(object.members.length);
                    for (var i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".shoal.v1.RaftJoinResponse.members: object expected");
                        message.members[i] = $root.shoal.v1.RaftMember.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.secretsKey != null)
                    if (object.secretsKey.length)
                        if (typeof object.secretsKey === "string")
                            $util.base64.decode(object.secretsKey, message.secretsKey = $util.newBuffer($util.base64.length(object.secretsKey)), 0);
                        else if (object.secretsKey.length >= 0)
                            message.secretsKey = object.secretsKey;
                return message;
            };

            /**
             * Creates a plain object from a RaftJoinResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {shoal.v1.RaftJoinResponse} message RaftJoinResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RaftJoinResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.secretsKey = "";
                    else {
                        object.secretsKey = [];
                        if (options.bytes !== $Array)
                            object.secretsKey = $util.newBuffer(object.secretsKey);
                    }
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (var j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.shoal.v1.RaftMember.toObject(message.members[j], options, _depth + 1);
                }
                if (message.secretsKey != null && $Object.hasOwnProperty.call(message, "secretsKey"))
                    object.secretsKey = options.bytes === $String ? $util.base64.encode(message.secretsKey, 0, message.secretsKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secretsKey) : message.secretsKey;
                return object;
            };

            /**
             * Converts this RaftJoinResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.RaftJoinResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RaftJoinResponse.prototype.toJSON = function() {
                return RaftJoinResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RaftJoinResponse
             * @function getTypeUrl
             * @memberof shoal.v1.RaftJoinResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftJoinResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.RaftJoinResponse";
            };

            return RaftJoinResponse;
        })();

        v1.ControlProxyRequest = (function() {

            /**
             * Properties of a ControlProxyRequest.
             * @typedef {Object} shoal.v1.ControlProxyRequest.$Properties
             * @property {string|null} [method] ControlProxyRequest method
             * @property {string|null} [path] ControlProxyRequest path
             * @property {Uint8Array|null} [body] ControlProxyRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlProxyRequest.
             * @memberof shoal.v1
             * @interface IControlProxyRequest
             * @augments shoal.v1.ControlProxyRequest.$Properties
             * @deprecated Use shoal.v1.ControlProxyRequest.$Properties instead.
             */

            /**
             * Shape of a ControlProxyRequest.
             * @typedef {shoal.v1.ControlProxyRequest.$Properties} shoal.v1.ControlProxyRequest.$Shape
             */

            /**
             * Constructs a new ControlProxyRequest.
             * @memberof shoal.v1
             * @classdesc Represents a ControlProxyRequest.
             * @constructor
             * @param {shoal.v1.ControlProxyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlProxyRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlProxyRequest method.
             * @member {string} method
             * @memberof shoal.v1.ControlProxyRequest
             * @instance
             */
            ControlProxyRequest.prototype.method = "";

            /**
             * ControlProxyRequest path.
             * @member {string} path
             * @memberof shoal.v1.ControlProxyRequest
             * @instance
             */
            ControlProxyRequest.prototype.path = "";

            /**
             * ControlProxyRequest body.
             * @member {Uint8Array} body
             * @memberof shoal.v1.ControlProxyRequest
             * @instance
             */
            ControlProxyRequest.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new ControlProxyRequest instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {shoal.v1.ControlProxyRequest.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ControlProxyRequest} ControlProxyRequest instance
             * @type {{
             *   (properties: shoal.v1.ControlProxyRequest.$Shape): shoal.v1.ControlProxyRequest & shoal.v1.ControlProxyRequest.$Shape;
             *   (properties?: shoal.v1.ControlProxyRequest.$Properties): shoal.v1.ControlProxyRequest;
             * }}
             */
            ControlProxyRequest.create = function(properties) {
                return new ControlProxyRequest(properties);
            };

            /**
             * Encodes the specified ControlProxyRequest message. Does not implicitly {@link shoal.v1.ControlProxyRequest.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {shoal.v1.ControlProxyRequest.$Properties} message ControlProxyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlProxyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ControlProxyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ControlProxyRequest & shoal.v1.ControlProxyRequest.$Shape} ControlProxyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlProxyRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ControlProxyRequest();
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
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
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
             * Creates a ControlProxyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ControlProxyRequest} ControlProxyRequest
             */
            ControlProxyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ControlProxyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ControlProxyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ControlProxyRequest();
                if (object.method != null)
                    if (typeof object.method !== "string" || object.method.length)
                        message.method = $String(object.method);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                return message;
            };

            /**
             * Creates a plain object from a ControlProxyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {shoal.v1.ControlProxyRequest} message ControlProxyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlProxyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.method = "";
                    object.path = "";
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                }
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                return object;
            };

            /**
             * Converts this ControlProxyRequest to JSON.
             * @function toJSON
             * @memberof shoal.v1.ControlProxyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlProxyRequest.prototype.toJSON = function() {
                return ControlProxyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlProxyRequest
             * @function getTypeUrl
             * @memberof shoal.v1.ControlProxyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlProxyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ControlProxyRequest";
            };

            return ControlProxyRequest;
        })();

        v1.ControlProxyResponse = (function() {

            /**
             * Properties of a ControlProxyResponse.
             * @typedef {Object} shoal.v1.ControlProxyResponse.$Properties
             * @property {number|null} [status] ControlProxyResponse status
             * @property {string|null} [contentType] ControlProxyResponse contentType
             * @property {Uint8Array|null} [body] ControlProxyResponse body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlProxyResponse.
             * @memberof shoal.v1
             * @interface IControlProxyResponse
             * @augments shoal.v1.ControlProxyResponse.$Properties
             * @deprecated Use shoal.v1.ControlProxyResponse.$Properties instead.
             */

            /**
             * Shape of a ControlProxyResponse.
             * @typedef {shoal.v1.ControlProxyResponse.$Properties} shoal.v1.ControlProxyResponse.$Shape
             */

            /**
             * Constructs a new ControlProxyResponse.
             * @memberof shoal.v1
             * @classdesc Represents a ControlProxyResponse.
             * @constructor
             * @param {shoal.v1.ControlProxyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlProxyResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlProxyResponse status.
             * @member {number} status
             * @memberof shoal.v1.ControlProxyResponse
             * @instance
             */
            ControlProxyResponse.prototype.status = 0;

            /**
             * ControlProxyResponse contentType.
             * @member {string} contentType
             * @memberof shoal.v1.ControlProxyResponse
             * @instance
             */
            ControlProxyResponse.prototype.contentType = "";

            /**
             * ControlProxyResponse body.
             * @member {Uint8Array} body
             * @memberof shoal.v1.ControlProxyResponse
             * @instance
             */
            ControlProxyResponse.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new ControlProxyResponse instance using the specified properties.
             * @function create
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {shoal.v1.ControlProxyResponse.$Properties=} [properties] Properties to set
             * @returns {shoal.v1.ControlProxyResponse} ControlProxyResponse instance
             * @type {{
             *   (properties: shoal.v1.ControlProxyResponse.$Shape): shoal.v1.ControlProxyResponse & shoal.v1.ControlProxyResponse.$Shape;
             *   (properties?: shoal.v1.ControlProxyResponse.$Properties): shoal.v1.ControlProxyResponse;
             * }}
             */
            ControlProxyResponse.create = function(properties) {
                return new ControlProxyResponse(properties);
            };

            /**
             * Encodes the specified ControlProxyResponse message. Does not implicitly {@link shoal.v1.ControlProxyResponse.verify|verify} messages.
             * @function encode
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {shoal.v1.ControlProxyResponse.$Properties} message ControlProxyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlProxyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentType);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ControlProxyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shoal.v1.ControlProxyResponse & shoal.v1.ControlProxyResponse.$Shape} ControlProxyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlProxyResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.shoal.v1.ControlProxyResponse();
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
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentType = value;
                            else
                                delete message.contentType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
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
             * Creates a ControlProxyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shoal.v1.ControlProxyResponse} ControlProxyResponse
             */
            ControlProxyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.shoal.v1.ControlProxyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".shoal.v1.ControlProxyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.shoal.v1.ControlProxyResponse();
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status | 0;
                if (object.contentType != null)
                    if (typeof object.contentType !== "string" || object.contentType.length)
                        message.contentType = $String(object.contentType);
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                return message;
            };

            /**
             * Creates a plain object from a ControlProxyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {shoal.v1.ControlProxyResponse} message ControlProxyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlProxyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.status = 0;
                    object.contentType = "";
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                return object;
            };

            /**
             * Converts this ControlProxyResponse to JSON.
             * @function toJSON
             * @memberof shoal.v1.ControlProxyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlProxyResponse.prototype.toJSON = function() {
                return ControlProxyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlProxyResponse
             * @function getTypeUrl
             * @memberof shoal.v1.ControlProxyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlProxyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/shoal.v1.ControlProxyResponse";
            };

            return ControlProxyResponse;
        })();

        return v1;
    })();

    return shoal;
})();

module.exports = $root;
