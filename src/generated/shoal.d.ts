import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace shoal. */
export namespace shoal {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a LogBroker */
        class LogBroker extends $protobuf.rpc.Service {

            /**
             * Constructs a new LogBroker service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new LogBroker service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): LogBroker;

            /** Calls ListenSubscriptions. */
            listenSubscriptions: shoal.v1.LogBroker.ListenSubscriptions;

            /** Calls PublishLogs. */
            publishLogs: shoal.v1.LogBroker.PublishLogs;
        }

        namespace LogBroker {

            /**
             * Callback as used by {@link shoal.v1.LogBroker#listenSubscriptions}.
             * @param error Error, if any
             * @param [response] SubscriptionMessage
             */
            type ListenSubscriptionsCallback = (error: (Error|null), response?: shoal.v1.SubscriptionMessage) => void;

            /** Calls ListenSubscriptions. */
            type ListenSubscriptions = {
              (request: shoal.v1.IListenSubscriptionsRequest, callback: shoal.v1.LogBroker.ListenSubscriptionsCallback): void;
              (request: shoal.v1.IListenSubscriptionsRequest): Promise<shoal.v1.SubscriptionMessage>;
              readonly name: "ListenSubscriptions";
              readonly path: "/shoal.v1.LogBroker/ListenSubscriptions";
              readonly requestType: "ListenSubscriptionsRequest";
              readonly responseType: "SubscriptionMessage";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link shoal.v1.LogBroker#publishLogs}.
             * @param error Error, if any
             * @param [response] PublishLogsResponse
             */
            type PublishLogsCallback = (error: (Error|null), response?: shoal.v1.PublishLogsResponse) => void;

            /** Calls PublishLogs. */
            type PublishLogs = {
              (request: shoal.v1.IPublishLogsMessage, callback: shoal.v1.LogBroker.PublishLogsCallback): void;
              (request: shoal.v1.IPublishLogsMessage): Promise<shoal.v1.PublishLogsResponse>;
              readonly name: "PublishLogs";
              readonly path: "/shoal.v1.LogBroker/PublishLogs";
              readonly requestType: "PublishLogsMessage";
              readonly responseType: "PublishLogsResponse";
              readonly requestStream: true;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a ListenSubscriptionsRequest.
         * @deprecated Use shoal.v1.ListenSubscriptionsRequest.$Properties instead.
         */
        interface IListenSubscriptionsRequest extends shoal.v1.ListenSubscriptionsRequest.$Properties {
        }

        /** Represents a ListenSubscriptionsRequest. */
        class ListenSubscriptionsRequest {

            /**
             * Constructs a new ListenSubscriptionsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ListenSubscriptionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListenSubscriptionsRequest sessionId. */
            sessionId: string;

            /**
             * Creates a new ListenSubscriptionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListenSubscriptionsRequest instance
             */
            static create(properties: shoal.v1.ListenSubscriptionsRequest.$Shape): shoal.v1.ListenSubscriptionsRequest & shoal.v1.ListenSubscriptionsRequest.$Shape;
            static create(properties?: shoal.v1.ListenSubscriptionsRequest.$Properties): shoal.v1.ListenSubscriptionsRequest;

            /**
             * Encodes the specified ListenSubscriptionsRequest message. Does not implicitly {@link shoal.v1.ListenSubscriptionsRequest.verify|verify} messages.
             * @param message ListenSubscriptionsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ListenSubscriptionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListenSubscriptionsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ListenSubscriptionsRequest & shoal.v1.ListenSubscriptionsRequest.$Shape} ListenSubscriptionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ListenSubscriptionsRequest & shoal.v1.ListenSubscriptionsRequest.$Shape;

            /**
             * Creates a ListenSubscriptionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListenSubscriptionsRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ListenSubscriptionsRequest;

            /**
             * Creates a plain object from a ListenSubscriptionsRequest message. Also converts values to other types if specified.
             * @param message ListenSubscriptionsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ListenSubscriptionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListenSubscriptionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListenSubscriptionsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListenSubscriptionsRequest {

            /** Properties of a ListenSubscriptionsRequest. */
            interface $Properties {

                /** ListenSubscriptionsRequest sessionId */
                sessionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListenSubscriptionsRequest. */
            type $Shape = shoal.v1.ListenSubscriptionsRequest.$Properties;
        }

        /**
         * Properties of a LogSubscriptionOptions.
         * @deprecated Use shoal.v1.LogSubscriptionOptions.$Properties instead.
         */
        interface ILogSubscriptionOptions extends shoal.v1.LogSubscriptionOptions.$Properties {
        }

        /** Represents a LogSubscriptionOptions. */
        class LogSubscriptionOptions {

            /**
             * Constructs a new LogSubscriptionOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.LogSubscriptionOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogSubscriptionOptions follow. */
            follow: boolean;

            /** LogSubscriptionOptions tail. */
            tail: number;

            /** LogSubscriptionOptions sinceMs. */
            sinceMs: number;

            /**
             * Creates a new LogSubscriptionOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogSubscriptionOptions instance
             */
            static create(properties: shoal.v1.LogSubscriptionOptions.$Shape): shoal.v1.LogSubscriptionOptions & shoal.v1.LogSubscriptionOptions.$Shape;
            static create(properties?: shoal.v1.LogSubscriptionOptions.$Properties): shoal.v1.LogSubscriptionOptions;

            /**
             * Encodes the specified LogSubscriptionOptions message. Does not implicitly {@link shoal.v1.LogSubscriptionOptions.verify|verify} messages.
             * @param message LogSubscriptionOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.LogSubscriptionOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogSubscriptionOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.LogSubscriptionOptions & shoal.v1.LogSubscriptionOptions.$Shape} LogSubscriptionOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.LogSubscriptionOptions & shoal.v1.LogSubscriptionOptions.$Shape;

            /**
             * Creates a LogSubscriptionOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogSubscriptionOptions
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.LogSubscriptionOptions;

            /**
             * Creates a plain object from a LogSubscriptionOptions message. Also converts values to other types if specified.
             * @param message LogSubscriptionOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.LogSubscriptionOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogSubscriptionOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogSubscriptionOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogSubscriptionOptions {

            /** Properties of a LogSubscriptionOptions. */
            interface $Properties {

                /** LogSubscriptionOptions follow */
                follow?: (boolean|null);

                /** LogSubscriptionOptions tail */
                tail?: (number|null);

                /** LogSubscriptionOptions sinceMs */
                sinceMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogSubscriptionOptions. */
            type $Shape = shoal.v1.LogSubscriptionOptions.$Properties;
        }

        /**
         * Properties of a SubscriptionMessage.
         * @deprecated Use shoal.v1.SubscriptionMessage.$Properties instead.
         */
        interface ISubscriptionMessage extends shoal.v1.SubscriptionMessage.$Properties {
        }

        /** Represents a SubscriptionMessage. */
        class SubscriptionMessage {

            /**
             * Constructs a new SubscriptionMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.SubscriptionMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscriptionMessage id. */
            id: string;

            /** SubscriptionMessage taskIds. */
            taskIds: string[];

            /** SubscriptionMessage options. */
            options?: (shoal.v1.LogSubscriptionOptions.$Properties|null);

            /** SubscriptionMessage close. */
            close: boolean;

            /**
             * Creates a new SubscriptionMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscriptionMessage instance
             */
            static create(properties: shoal.v1.SubscriptionMessage.$Shape): shoal.v1.SubscriptionMessage & shoal.v1.SubscriptionMessage.$Shape;
            static create(properties?: shoal.v1.SubscriptionMessage.$Properties): shoal.v1.SubscriptionMessage;

            /**
             * Encodes the specified SubscriptionMessage message. Does not implicitly {@link shoal.v1.SubscriptionMessage.verify|verify} messages.
             * @param message SubscriptionMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.SubscriptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscriptionMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.SubscriptionMessage & shoal.v1.SubscriptionMessage.$Shape} SubscriptionMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.SubscriptionMessage & shoal.v1.SubscriptionMessage.$Shape;

            /**
             * Creates a SubscriptionMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscriptionMessage
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.SubscriptionMessage;

            /**
             * Creates a plain object from a SubscriptionMessage message. Also converts values to other types if specified.
             * @param message SubscriptionMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.SubscriptionMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscriptionMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscriptionMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscriptionMessage {

            /** Properties of a SubscriptionMessage. */
            interface $Properties {

                /** SubscriptionMessage id */
                id?: (string|null);

                /** SubscriptionMessage taskIds */
                taskIds?: (string[]|null);

                /** SubscriptionMessage options */
                options?: (shoal.v1.LogSubscriptionOptions.$Properties|null);

                /** SubscriptionMessage close */
                close?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscriptionMessage. */
            type $Shape = shoal.v1.SubscriptionMessage.$Properties;
        }

        /**
         * Properties of a LogLine.
         * @deprecated Use shoal.v1.LogLine.$Properties instead.
         */
        interface ILogLine extends shoal.v1.LogLine.$Properties {
        }

        /** Represents a LogLine. */
        class LogLine {

            /**
             * Constructs a new LogLine.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.LogLine.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogLine taskId. */
            taskId: string;

            /** LogLine stream. */
            stream: number;

            /** LogLine timeMs. */
            timeMs: number;

            /** LogLine data. */
            data: Uint8Array;

            /**
             * Creates a new LogLine instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogLine instance
             */
            static create(properties: shoal.v1.LogLine.$Shape): shoal.v1.LogLine & shoal.v1.LogLine.$Shape;
            static create(properties?: shoal.v1.LogLine.$Properties): shoal.v1.LogLine;

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link shoal.v1.LogLine.verify|verify} messages.
             * @param message LogLine message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.LogLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.LogLine & shoal.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.LogLine & shoal.v1.LogLine.$Shape;

            /**
             * Creates a LogLine message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogLine
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.LogLine;

            /**
             * Creates a plain object from a LogLine message. Also converts values to other types if specified.
             * @param message LogLine
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.LogLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogLine to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogLine
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogLine {

            /** Properties of a LogLine. */
            interface $Properties {

                /** LogLine taskId */
                taskId?: (string|null);

                /** LogLine stream */
                stream?: (number|null);

                /** LogLine timeMs */
                timeMs?: (number|null);

                /** LogLine data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogLine. */
            type $Shape = shoal.v1.LogLine.$Properties;
        }

        /**
         * Properties of a PublishLogsMessage.
         * @deprecated Use shoal.v1.PublishLogsMessage.$Properties instead.
         */
        interface IPublishLogsMessage extends shoal.v1.PublishLogsMessage.$Properties {
        }

        /** Represents a PublishLogsMessage. */
        class PublishLogsMessage {

            /**
             * Constructs a new PublishLogsMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.PublishLogsMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishLogsMessage subscriptionId. */
            subscriptionId: string;

            /** PublishLogsMessage lines. */
            lines: shoal.v1.LogLine.$Properties[];

            /**
             * Creates a new PublishLogsMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishLogsMessage instance
             */
            static create(properties: shoal.v1.PublishLogsMessage.$Shape): shoal.v1.PublishLogsMessage & shoal.v1.PublishLogsMessage.$Shape;
            static create(properties?: shoal.v1.PublishLogsMessage.$Properties): shoal.v1.PublishLogsMessage;

            /**
             * Encodes the specified PublishLogsMessage message. Does not implicitly {@link shoal.v1.PublishLogsMessage.verify|verify} messages.
             * @param message PublishLogsMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.PublishLogsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishLogsMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.PublishLogsMessage & shoal.v1.PublishLogsMessage.$Shape} PublishLogsMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.PublishLogsMessage & shoal.v1.PublishLogsMessage.$Shape;

            /**
             * Creates a PublishLogsMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishLogsMessage
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.PublishLogsMessage;

            /**
             * Creates a plain object from a PublishLogsMessage message. Also converts values to other types if specified.
             * @param message PublishLogsMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.PublishLogsMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishLogsMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishLogsMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishLogsMessage {

            /** Properties of a PublishLogsMessage. */
            interface $Properties {

                /** PublishLogsMessage subscriptionId */
                subscriptionId?: (string|null);

                /** PublishLogsMessage lines */
                lines?: (shoal.v1.LogLine.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishLogsMessage. */
            type $Shape = shoal.v1.PublishLogsMessage.$Properties;
        }

        /**
         * Properties of a PublishLogsResponse.
         * @deprecated Use shoal.v1.PublishLogsResponse.$Properties instead.
         */
        interface IPublishLogsResponse extends shoal.v1.PublishLogsResponse.$Properties {
        }

        /** Represents a PublishLogsResponse. */
        class PublishLogsResponse {

            /**
             * Constructs a new PublishLogsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.PublishLogsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PublishLogsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishLogsResponse instance
             */
            static create(properties: shoal.v1.PublishLogsResponse.$Shape): shoal.v1.PublishLogsResponse & shoal.v1.PublishLogsResponse.$Shape;
            static create(properties?: shoal.v1.PublishLogsResponse.$Properties): shoal.v1.PublishLogsResponse;

            /**
             * Encodes the specified PublishLogsResponse message. Does not implicitly {@link shoal.v1.PublishLogsResponse.verify|verify} messages.
             * @param message PublishLogsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.PublishLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishLogsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.PublishLogsResponse & shoal.v1.PublishLogsResponse.$Shape} PublishLogsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.PublishLogsResponse & shoal.v1.PublishLogsResponse.$Shape;

            /**
             * Creates a PublishLogsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishLogsResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.PublishLogsResponse;

            /**
             * Creates a plain object from a PublishLogsResponse message. Also converts values to other types if specified.
             * @param message PublishLogsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.PublishLogsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishLogsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishLogsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishLogsResponse {

            /** Properties of a PublishLogsResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishLogsResponse. */
            type $Shape = shoal.v1.PublishLogsResponse.$Properties;
        }

        /**
         * Properties of a Meta.
         * @deprecated Use shoal.v1.Meta.$Properties instead.
         */
        interface IMeta extends shoal.v1.Meta.$Properties {
        }

        /** Represents a Meta. */
        class Meta {

            /**
             * Constructs a new Meta.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Meta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Meta id. */
            id: string;

            /** Meta version. */
            version: number;

            /** Meta createdAt. */
            createdAt: number;

            /** Meta updatedAt. */
            updatedAt: number;

            /**
             * Creates a new Meta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Meta instance
             */
            static create(properties: shoal.v1.Meta.$Shape): shoal.v1.Meta & shoal.v1.Meta.$Shape;
            static create(properties?: shoal.v1.Meta.$Properties): shoal.v1.Meta;

            /**
             * Encodes the specified Meta message. Does not implicitly {@link shoal.v1.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Meta & shoal.v1.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Meta & shoal.v1.Meta.$Shape;

            /**
             * Creates a Meta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Meta
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Meta;

            /**
             * Creates a plain object from a Meta message. Also converts values to other types if specified.
             * @param message Meta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Meta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Meta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Meta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Meta {

            /** Properties of a Meta. */
            interface $Properties {

                /** Meta id */
                id?: (string|null);

                /** Meta version */
                version?: (number|null);

                /** Meta createdAt */
                createdAt?: (number|null);

                /** Meta updatedAt */
                updatedAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Meta. */
            type $Shape = shoal.v1.Meta.$Properties;
        }

        /**
         * Properties of an Annotations.
         * @deprecated Use shoal.v1.Annotations.$Properties instead.
         */
        interface IAnnotations extends shoal.v1.Annotations.$Properties {
        }

        /** Represents an Annotations. */
        class Annotations {

            /**
             * Constructs a new Annotations.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Annotations.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Annotations name. */
            name: string;

            /** Annotations labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new Annotations instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Annotations instance
             */
            static create(properties: shoal.v1.Annotations.$Shape): shoal.v1.Annotations & shoal.v1.Annotations.$Shape;
            static create(properties?: shoal.v1.Annotations.$Properties): shoal.v1.Annotations;

            /**
             * Encodes the specified Annotations message. Does not implicitly {@link shoal.v1.Annotations.verify|verify} messages.
             * @param message Annotations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Annotations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Annotations message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Annotations & shoal.v1.Annotations.$Shape} Annotations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Annotations & shoal.v1.Annotations.$Shape;

            /**
             * Creates an Annotations message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Annotations
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Annotations;

            /**
             * Creates a plain object from an Annotations message. Also converts values to other types if specified.
             * @param message Annotations
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Annotations, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Annotations to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Annotations
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Annotations {

            /** Properties of an Annotations. */
            interface $Properties {

                /** Annotations name */
                name?: (string|null);

                /** Annotations labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Annotations. */
            type $Shape = shoal.v1.Annotations.$Properties;
        }

        /**
         * Properties of a NodeSpec.
         * @deprecated Use shoal.v1.NodeSpec.$Properties instead.
         */
        interface INodeSpec extends shoal.v1.NodeSpec.$Properties {
        }

        /** Represents a NodeSpec. */
        class NodeSpec {

            /**
             * Constructs a new NodeSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NodeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** NodeSpec role. */
            role: string;

            /** NodeSpec availability. */
            availability: string;

            /**
             * Creates a new NodeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSpec instance
             */
            static create(properties: shoal.v1.NodeSpec.$Shape): shoal.v1.NodeSpec & shoal.v1.NodeSpec.$Shape;
            static create(properties?: shoal.v1.NodeSpec.$Properties): shoal.v1.NodeSpec;

            /**
             * Encodes the specified NodeSpec message. Does not implicitly {@link shoal.v1.NodeSpec.verify|verify} messages.
             * @param message NodeSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NodeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NodeSpec & shoal.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NodeSpec & shoal.v1.NodeSpec.$Shape;

            /**
             * Creates a NodeSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NodeSpec;

            /**
             * Creates a plain object from a NodeSpec message. Also converts values to other types if specified.
             * @param message NodeSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NodeSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeSpec {

            /** Properties of a NodeSpec. */
            interface $Properties {

                /** NodeSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** NodeSpec role */
                role?: (string|null);

                /** NodeSpec availability */
                availability?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSpec. */
            type $Shape = shoal.v1.NodeSpec.$Properties;
        }

        /**
         * Properties of a Platform.
         * @deprecated Use shoal.v1.Platform.$Properties instead.
         */
        interface IPlatform extends shoal.v1.Platform.$Properties {
        }

        /** Represents a Platform. */
        class Platform {

            /**
             * Constructs a new Platform.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Platform.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Platform os. */
            os: string;

            /** Platform architecture. */
            architecture: string;

            /**
             * Creates a new Platform instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Platform instance
             */
            static create(properties: shoal.v1.Platform.$Shape): shoal.v1.Platform & shoal.v1.Platform.$Shape;
            static create(properties?: shoal.v1.Platform.$Properties): shoal.v1.Platform;

            /**
             * Encodes the specified Platform message. Does not implicitly {@link shoal.v1.Platform.verify|verify} messages.
             * @param message Platform message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Platform.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Platform message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Platform & shoal.v1.Platform.$Shape} Platform
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Platform & shoal.v1.Platform.$Shape;

            /**
             * Creates a Platform message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Platform
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Platform;

            /**
             * Creates a plain object from a Platform message. Also converts values to other types if specified.
             * @param message Platform
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Platform, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Platform to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Platform
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Platform {

            /** Properties of a Platform. */
            interface $Properties {

                /** Platform os */
                os?: (string|null);

                /** Platform architecture */
                architecture?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Platform. */
            type $Shape = shoal.v1.Platform.$Properties;
        }

        /**
         * Properties of a NodeDescription.
         * @deprecated Use shoal.v1.NodeDescription.$Properties instead.
         */
        interface INodeDescription extends shoal.v1.NodeDescription.$Properties {
        }

        /** Represents a NodeDescription. */
        class NodeDescription {

            /**
             * Constructs a new NodeDescription.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NodeDescription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeDescription hostname. */
            hostname: string;

            /** NodeDescription platform. */
            platform?: (shoal.v1.Platform.$Properties|null);

            /** NodeDescription nanoCpus. */
            nanoCpus: number;

            /** NodeDescription memoryBytes. */
            memoryBytes: number;

            /** NodeDescription engineVersion. */
            engineVersion: string;

            /** NodeDescription runtimes. */
            runtimes: string[];

            /** NodeDescription engineLabels. */
            engineLabels: { [k: string]: string };

            /** NodeDescription tlsInfo. */
            tlsInfo?: (shoal.v1.NodeTLSInfo.$Properties|null);

            /** NodeDescription maxTasks. */
            maxTasks: number;

            /**
             * Creates a new NodeDescription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeDescription instance
             */
            static create(properties: shoal.v1.NodeDescription.$Shape): shoal.v1.NodeDescription & shoal.v1.NodeDescription.$Shape;
            static create(properties?: shoal.v1.NodeDescription.$Properties): shoal.v1.NodeDescription;

            /**
             * Encodes the specified NodeDescription message. Does not implicitly {@link shoal.v1.NodeDescription.verify|verify} messages.
             * @param message NodeDescription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NodeDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeDescription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NodeDescription & shoal.v1.NodeDescription.$Shape} NodeDescription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NodeDescription & shoal.v1.NodeDescription.$Shape;

            /**
             * Creates a NodeDescription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeDescription
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NodeDescription;

            /**
             * Creates a plain object from a NodeDescription message. Also converts values to other types if specified.
             * @param message NodeDescription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NodeDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeDescription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeDescription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeDescription {

            /** Properties of a NodeDescription. */
            interface $Properties {

                /** NodeDescription hostname */
                hostname?: (string|null);

                /** NodeDescription platform */
                platform?: (shoal.v1.Platform.$Properties|null);

                /** NodeDescription nanoCpus */
                nanoCpus?: (number|null);

                /** NodeDescription memoryBytes */
                memoryBytes?: (number|null);

                /** NodeDescription engineVersion */
                engineVersion?: (string|null);

                /** NodeDescription runtimes */
                runtimes?: (string[]|null);

                /** NodeDescription engineLabels */
                engineLabels?: ({ [k: string]: string }|null);

                /** NodeDescription tlsInfo */
                tlsInfo?: (shoal.v1.NodeTLSInfo.$Properties|null);

                /** NodeDescription maxTasks */
                maxTasks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeDescription. */
            type $Shape = shoal.v1.NodeDescription.$Properties;
        }

        /**
         * Properties of a NodeTLSInfo.
         * @deprecated Use shoal.v1.NodeTLSInfo.$Properties instead.
         */
        interface INodeTLSInfo extends shoal.v1.NodeTLSInfo.$Properties {
        }

        /** Represents a NodeTLSInfo. */
        class NodeTLSInfo {

            /**
             * Constructs a new NodeTLSInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NodeTLSInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeTLSInfo trustRoot. */
            trustRoot: string;

            /** NodeTLSInfo certIssuerSubject. */
            certIssuerSubject: Uint8Array;

            /** NodeTLSInfo certIssuerPublicKey. */
            certIssuerPublicKey: Uint8Array;

            /**
             * Creates a new NodeTLSInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeTLSInfo instance
             */
            static create(properties: shoal.v1.NodeTLSInfo.$Shape): shoal.v1.NodeTLSInfo & shoal.v1.NodeTLSInfo.$Shape;
            static create(properties?: shoal.v1.NodeTLSInfo.$Properties): shoal.v1.NodeTLSInfo;

            /**
             * Encodes the specified NodeTLSInfo message. Does not implicitly {@link shoal.v1.NodeTLSInfo.verify|verify} messages.
             * @param message NodeTLSInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NodeTLSInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeTLSInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NodeTLSInfo & shoal.v1.NodeTLSInfo.$Shape} NodeTLSInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NodeTLSInfo & shoal.v1.NodeTLSInfo.$Shape;

            /**
             * Creates a NodeTLSInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeTLSInfo
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NodeTLSInfo;

            /**
             * Creates a plain object from a NodeTLSInfo message. Also converts values to other types if specified.
             * @param message NodeTLSInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NodeTLSInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeTLSInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeTLSInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeTLSInfo {

            /** Properties of a NodeTLSInfo. */
            interface $Properties {

                /** NodeTLSInfo trustRoot */
                trustRoot?: (string|null);

                /** NodeTLSInfo certIssuerSubject */
                certIssuerSubject?: (Uint8Array|null);

                /** NodeTLSInfo certIssuerPublicKey */
                certIssuerPublicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeTLSInfo. */
            type $Shape = shoal.v1.NodeTLSInfo.$Properties;
        }

        /**
         * Properties of a NodeStatus.
         * @deprecated Use shoal.v1.NodeStatus.$Properties instead.
         */
        interface INodeStatus extends shoal.v1.NodeStatus.$Properties {
        }

        /** Represents a NodeStatus. */
        class NodeStatus {

            /**
             * Constructs a new NodeStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NodeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStatus state. */
            state: string;

            /** NodeStatus message. */
            message: string;

            /** NodeStatus addr. */
            addr: string;

            /**
             * Creates a new NodeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeStatus instance
             */
            static create(properties: shoal.v1.NodeStatus.$Shape): shoal.v1.NodeStatus & shoal.v1.NodeStatus.$Shape;
            static create(properties?: shoal.v1.NodeStatus.$Properties): shoal.v1.NodeStatus;

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link shoal.v1.NodeStatus.verify|verify} messages.
             * @param message NodeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NodeStatus & shoal.v1.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NodeStatus & shoal.v1.NodeStatus.$Shape;

            /**
             * Creates a NodeStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NodeStatus;

            /**
             * Creates a plain object from a NodeStatus message. Also converts values to other types if specified.
             * @param message NodeStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NodeStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStatus {

            /** Properties of a NodeStatus. */
            interface $Properties {

                /** NodeStatus state */
                state?: (string|null);

                /** NodeStatus message */
                message?: (string|null);

                /** NodeStatus addr */
                addr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStatus. */
            type $Shape = shoal.v1.NodeStatus.$Properties;
        }

        /**
         * Properties of a ManagerStatus.
         * @deprecated Use shoal.v1.ManagerStatus.$Properties instead.
         */
        interface IManagerStatus extends shoal.v1.ManagerStatus.$Properties {
        }

        /** Represents a ManagerStatus. */
        class ManagerStatus {

            /**
             * Constructs a new ManagerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ManagerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ManagerStatus raftId. */
            raftId: number;

            /** ManagerStatus addr. */
            addr: string;

            /** ManagerStatus leader. */
            leader: boolean;

            /** ManagerStatus reachability. */
            reachability: string;

            /**
             * Creates a new ManagerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ManagerStatus instance
             */
            static create(properties: shoal.v1.ManagerStatus.$Shape): shoal.v1.ManagerStatus & shoal.v1.ManagerStatus.$Shape;
            static create(properties?: shoal.v1.ManagerStatus.$Properties): shoal.v1.ManagerStatus;

            /**
             * Encodes the specified ManagerStatus message. Does not implicitly {@link shoal.v1.ManagerStatus.verify|verify} messages.
             * @param message ManagerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ManagerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ManagerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ManagerStatus & shoal.v1.ManagerStatus.$Shape} ManagerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ManagerStatus & shoal.v1.ManagerStatus.$Shape;

            /**
             * Creates a ManagerStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ManagerStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ManagerStatus;

            /**
             * Creates a plain object from a ManagerStatus message. Also converts values to other types if specified.
             * @param message ManagerStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ManagerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ManagerStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ManagerStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ManagerStatus {

            /** Properties of a ManagerStatus. */
            interface $Properties {

                /** ManagerStatus raftId */
                raftId?: (number|null);

                /** ManagerStatus addr */
                addr?: (string|null);

                /** ManagerStatus leader */
                leader?: (boolean|null);

                /** ManagerStatus reachability */
                reachability?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ManagerStatus. */
            type $Shape = shoal.v1.ManagerStatus.$Properties;
        }

        /**
         * Properties of a Node.
         * @deprecated Use shoal.v1.Node.$Properties instead.
         */
        interface INode extends shoal.v1.Node.$Properties {
        }

        /** Represents a Node. */
        class Node {

            /**
             * Constructs a new Node.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Node.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Node meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Node spec. */
            spec?: (shoal.v1.NodeSpec.$Properties|null);

            /** Node description. */
            description?: (shoal.v1.NodeDescription.$Properties|null);

            /** Node status. */
            status?: (shoal.v1.NodeStatus.$Properties|null);

            /** Node managerStatus. */
            managerStatus?: (shoal.v1.ManagerStatus.$Properties|null);

            /** Node certificatePem. */
            certificatePem: string;

            /** Node attachments. */
            attachments: shoal.v1.NetworkAttachment.$Properties[];

            /**
             * Creates a new Node instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Node instance
             */
            static create(properties: shoal.v1.Node.$Shape): shoal.v1.Node & shoal.v1.Node.$Shape;
            static create(properties?: shoal.v1.Node.$Properties): shoal.v1.Node;

            /**
             * Encodes the specified Node message. Does not implicitly {@link shoal.v1.Node.verify|verify} messages.
             * @param message Node message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Node & shoal.v1.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Node & shoal.v1.Node.$Shape;

            /**
             * Creates a Node message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Node
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Node;

            /**
             * Creates a plain object from a Node message. Also converts values to other types if specified.
             * @param message Node
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Node to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Node
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Node {

            /** Properties of a Node. */
            interface $Properties {

                /** Node meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Node spec */
                spec?: (shoal.v1.NodeSpec.$Properties|null);

                /** Node description */
                description?: (shoal.v1.NodeDescription.$Properties|null);

                /** Node status */
                status?: (shoal.v1.NodeStatus.$Properties|null);

                /** Node managerStatus */
                managerStatus?: (shoal.v1.ManagerStatus.$Properties|null);

                /** Node certificatePem */
                certificatePem?: (string|null);

                /** Node attachments */
                attachments?: (shoal.v1.NetworkAttachment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Node. */
            type $Shape = shoal.v1.Node.$Properties;
        }

        /**
         * Properties of a ProcessSpec.
         * @deprecated Use shoal.v1.ProcessSpec.$Properties instead.
         */
        interface IProcessSpec extends shoal.v1.ProcessSpec.$Properties {
        }

        /** Represents a ProcessSpec. */
        class ProcessSpec {

            /**
             * Constructs a new ProcessSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ProcessSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessSpec image. */
            image: string;

            /** ProcessSpec args. */
            args: string[];

            /** ProcessSpec env. */
            env: string[];

            /** ProcessSpec labels. */
            labels: { [k: string]: string };

            /** ProcessSpec secrets. */
            secrets: shoal.v1.SecretReference.$Properties[];

            /** ProcessSpec configs. */
            configs: shoal.v1.ConfigReference.$Properties[];

            /** ProcessSpec command. */
            command: string[];

            /** ProcessSpec hostname. */
            hostname: string;

            /** ProcessSpec dir. */
            dir: string;

            /** ProcessSpec user. */
            user: string;

            /** ProcessSpec mounts. */
            mounts: shoal.v1.ContainerMount.$Properties[];

            /** ProcessSpec stopSignal. */
            stopSignal: string;

            /** ProcessSpec readOnly. */
            readOnly: boolean;

            /** ProcessSpec capabilityAdd. */
            capabilityAdd: string[];

            /** ProcessSpec capabilityDrop. */
            capabilityDrop: string[];

            /** ProcessSpec stopGracePeriodNs. */
            stopGracePeriodNs: number;

            /** ProcessSpec pidsLimit. */
            pidsLimit: number;

            /** ProcessSpec networkMode. */
            networkMode: string;

            /** ProcessSpec healthcheck. */
            healthcheck?: (shoal.v1.HealthConfig.$Properties|null);

            /** ProcessSpec init. */
            init?: (boolean|null);

            /** ProcessSpec registryAuth. */
            registryAuth: string;

            /**
             * Creates a new ProcessSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessSpec instance
             */
            static create(properties: shoal.v1.ProcessSpec.$Shape): shoal.v1.ProcessSpec & shoal.v1.ProcessSpec.$Shape;
            static create(properties?: shoal.v1.ProcessSpec.$Properties): shoal.v1.ProcessSpec;

            /**
             * Encodes the specified ProcessSpec message. Does not implicitly {@link shoal.v1.ProcessSpec.verify|verify} messages.
             * @param message ProcessSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ProcessSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessSpec & shoal.v1.ProcessSpec.$Shape} ProcessSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ProcessSpec & shoal.v1.ProcessSpec.$Shape;

            /**
             * Creates a ProcessSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ProcessSpec;

            /**
             * Creates a plain object from a ProcessSpec message. Also converts values to other types if specified.
             * @param message ProcessSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ProcessSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessSpec {

            /** Properties of a ProcessSpec. */
            interface $Properties {

                /** ProcessSpec image */
                image?: (string|null);

                /** ProcessSpec args */
                args?: (string[]|null);

                /** ProcessSpec env */
                env?: (string[]|null);

                /** ProcessSpec labels */
                labels?: ({ [k: string]: string }|null);

                /** ProcessSpec secrets */
                secrets?: (shoal.v1.SecretReference.$Properties[]|null);

                /** ProcessSpec configs */
                configs?: (shoal.v1.ConfigReference.$Properties[]|null);

                /** ProcessSpec command */
                command?: (string[]|null);

                /** ProcessSpec hostname */
                hostname?: (string|null);

                /** ProcessSpec dir */
                dir?: (string|null);

                /** ProcessSpec user */
                user?: (string|null);

                /** ProcessSpec mounts */
                mounts?: (shoal.v1.ContainerMount.$Properties[]|null);

                /** ProcessSpec stopSignal */
                stopSignal?: (string|null);

                /** ProcessSpec readOnly */
                readOnly?: (boolean|null);

                /** ProcessSpec capabilityAdd */
                capabilityAdd?: (string[]|null);

                /** ProcessSpec capabilityDrop */
                capabilityDrop?: (string[]|null);

                /** ProcessSpec stopGracePeriodNs */
                stopGracePeriodNs?: (number|null);

                /** ProcessSpec pidsLimit */
                pidsLimit?: (number|null);

                /** ProcessSpec networkMode */
                networkMode?: (string|null);

                /** ProcessSpec healthcheck */
                healthcheck?: (shoal.v1.HealthConfig.$Properties|null);

                /** ProcessSpec init */
                init?: (boolean|null);

                /** ProcessSpec registryAuth */
                registryAuth?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessSpec. */
            type $Shape = shoal.v1.ProcessSpec.$Properties;
        }

        /**
         * Properties of a HealthConfig.
         * @deprecated Use shoal.v1.HealthConfig.$Properties instead.
         */
        interface IHealthConfig extends shoal.v1.HealthConfig.$Properties {
        }

        /** Represents a HealthConfig. */
        class HealthConfig {

            /**
             * Constructs a new HealthConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.HealthConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthConfig test. */
            test: string[];

            /** HealthConfig intervalNs. */
            intervalNs: number;

            /** HealthConfig timeoutNs. */
            timeoutNs: number;

            /** HealthConfig startPeriodNs. */
            startPeriodNs: number;

            /** HealthConfig retries. */
            retries: number;

            /**
             * Creates a new HealthConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthConfig instance
             */
            static create(properties: shoal.v1.HealthConfig.$Shape): shoal.v1.HealthConfig & shoal.v1.HealthConfig.$Shape;
            static create(properties?: shoal.v1.HealthConfig.$Properties): shoal.v1.HealthConfig;

            /**
             * Encodes the specified HealthConfig message. Does not implicitly {@link shoal.v1.HealthConfig.verify|verify} messages.
             * @param message HealthConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.HealthConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.HealthConfig & shoal.v1.HealthConfig.$Shape} HealthConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.HealthConfig & shoal.v1.HealthConfig.$Shape;

            /**
             * Creates a HealthConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.HealthConfig;

            /**
             * Creates a plain object from a HealthConfig message. Also converts values to other types if specified.
             * @param message HealthConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.HealthConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthConfig {

            /** Properties of a HealthConfig. */
            interface $Properties {

                /** HealthConfig test */
                test?: (string[]|null);

                /** HealthConfig intervalNs */
                intervalNs?: (number|null);

                /** HealthConfig timeoutNs */
                timeoutNs?: (number|null);

                /** HealthConfig startPeriodNs */
                startPeriodNs?: (number|null);

                /** HealthConfig retries */
                retries?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthConfig. */
            type $Shape = shoal.v1.HealthConfig.$Properties;
        }

        /**
         * Properties of a ContainerMount.
         * @deprecated Use shoal.v1.ContainerMount.$Properties instead.
         */
        interface IContainerMount extends shoal.v1.ContainerMount.$Properties {
        }

        /** Represents a ContainerMount. */
        class ContainerMount {

            /**
             * Constructs a new ContainerMount.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ContainerMount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerMount type. */
            type: string;

            /** ContainerMount source. */
            source: string;

            /** ContainerMount target. */
            target: string;

            /** ContainerMount readOnly. */
            readOnly: boolean;

            /** ContainerMount tmpfsSizeBytes. */
            tmpfsSizeBytes: number;

            /**
             * Creates a new ContainerMount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerMount instance
             */
            static create(properties: shoal.v1.ContainerMount.$Shape): shoal.v1.ContainerMount & shoal.v1.ContainerMount.$Shape;
            static create(properties?: shoal.v1.ContainerMount.$Properties): shoal.v1.ContainerMount;

            /**
             * Encodes the specified ContainerMount message. Does not implicitly {@link shoal.v1.ContainerMount.verify|verify} messages.
             * @param message ContainerMount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ContainerMount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerMount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ContainerMount & shoal.v1.ContainerMount.$Shape} ContainerMount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ContainerMount & shoal.v1.ContainerMount.$Shape;

            /**
             * Creates a ContainerMount message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContainerMount
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ContainerMount;

            /**
             * Creates a plain object from a ContainerMount message. Also converts values to other types if specified.
             * @param message ContainerMount
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ContainerMount, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerMount to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerMount
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerMount {

            /** Properties of a ContainerMount. */
            interface $Properties {

                /** ContainerMount type */
                type?: (string|null);

                /** ContainerMount source */
                source?: (string|null);

                /** ContainerMount target */
                target?: (string|null);

                /** ContainerMount readOnly */
                readOnly?: (boolean|null);

                /** ContainerMount tmpfsSizeBytes */
                tmpfsSizeBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerMount. */
            type $Shape = shoal.v1.ContainerMount.$Properties;
        }

        /**
         * Properties of a SecretReference.
         * @deprecated Use shoal.v1.SecretReference.$Properties instead.
         */
        interface ISecretReference extends shoal.v1.SecretReference.$Properties {
        }

        /** Represents a SecretReference. */
        class SecretReference {

            /**
             * Constructs a new SecretReference.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.SecretReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecretReference secretId. */
            secretId: string;

            /** SecretReference secretName. */
            secretName: string;

            /** SecretReference target. */
            target: string;

            /** SecretReference uid. */
            uid: string;

            /** SecretReference gid. */
            gid: string;

            /** SecretReference mode. */
            mode: number;

            /**
             * Creates a new SecretReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecretReference instance
             */
            static create(properties: shoal.v1.SecretReference.$Shape): shoal.v1.SecretReference & shoal.v1.SecretReference.$Shape;
            static create(properties?: shoal.v1.SecretReference.$Properties): shoal.v1.SecretReference;

            /**
             * Encodes the specified SecretReference message. Does not implicitly {@link shoal.v1.SecretReference.verify|verify} messages.
             * @param message SecretReference message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.SecretReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecretReference message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.SecretReference & shoal.v1.SecretReference.$Shape} SecretReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.SecretReference & shoal.v1.SecretReference.$Shape;

            /**
             * Creates a SecretReference message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SecretReference
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.SecretReference;

            /**
             * Creates a plain object from a SecretReference message. Also converts values to other types if specified.
             * @param message SecretReference
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.SecretReference, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SecretReference to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SecretReference
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecretReference {

            /** Properties of a SecretReference. */
            interface $Properties {

                /** SecretReference secretId */
                secretId?: (string|null);

                /** SecretReference secretName */
                secretName?: (string|null);

                /** SecretReference target */
                target?: (string|null);

                /** SecretReference uid */
                uid?: (string|null);

                /** SecretReference gid */
                gid?: (string|null);

                /** SecretReference mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecretReference. */
            type $Shape = shoal.v1.SecretReference.$Properties;
        }

        /**
         * Properties of a RestartPolicy.
         * @deprecated Use shoal.v1.RestartPolicy.$Properties instead.
         */
        interface IRestartPolicy extends shoal.v1.RestartPolicy.$Properties {
        }

        /** Represents a RestartPolicy. */
        class RestartPolicy {

            /**
             * Constructs a new RestartPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RestartPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestartPolicy condition. */
            condition: string;

            /** RestartPolicy delayNs. */
            delayNs: number;

            /** RestartPolicy maxAttempts. */
            maxAttempts: number;

            /** RestartPolicy windowNs. */
            windowNs: number;

            /**
             * Creates a new RestartPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestartPolicy instance
             */
            static create(properties: shoal.v1.RestartPolicy.$Shape): shoal.v1.RestartPolicy & shoal.v1.RestartPolicy.$Shape;
            static create(properties?: shoal.v1.RestartPolicy.$Properties): shoal.v1.RestartPolicy;

            /**
             * Encodes the specified RestartPolicy message. Does not implicitly {@link shoal.v1.RestartPolicy.verify|verify} messages.
             * @param message RestartPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RestartPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestartPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RestartPolicy & shoal.v1.RestartPolicy.$Shape} RestartPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RestartPolicy & shoal.v1.RestartPolicy.$Shape;

            /**
             * Creates a RestartPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestartPolicy
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RestartPolicy;

            /**
             * Creates a plain object from a RestartPolicy message. Also converts values to other types if specified.
             * @param message RestartPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RestartPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestartPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestartPolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestartPolicy {

            /** Properties of a RestartPolicy. */
            interface $Properties {

                /** RestartPolicy condition */
                condition?: (string|null);

                /** RestartPolicy delayNs */
                delayNs?: (number|null);

                /** RestartPolicy maxAttempts */
                maxAttempts?: (number|null);

                /** RestartPolicy windowNs */
                windowNs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestartPolicy. */
            type $Shape = shoal.v1.RestartPolicy.$Properties;
        }

        /**
         * Properties of a TaskSpec.
         * @deprecated Use shoal.v1.TaskSpec.$Properties instead.
         */
        interface ITaskSpec extends shoal.v1.TaskSpec.$Properties {
        }

        /** Represents a TaskSpec. */
        class TaskSpec {

            /**
             * Constructs a new TaskSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.TaskSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskSpec container. */
            container?: (shoal.v1.ProcessSpec.$Properties|null);

            /** TaskSpec restart. */
            restart?: (shoal.v1.RestartPolicy.$Properties|null);

            /** TaskSpec runtime. */
            runtime: string;

            /** TaskSpec forceUpdate. */
            forceUpdate: number;

            /** TaskSpec placement. */
            placement?: (shoal.v1.Placement.$Properties|null);

            /** TaskSpec resources. */
            resources?: (shoal.v1.ResourceRequirements.$Properties|null);

            /** TaskSpec logDriver. */
            logDriver?: (shoal.v1.LogDriver.$Properties|null);

            /** TaskSpec networks. */
            networks: shoal.v1.NetworkAttachmentConfig.$Properties[];

            /** TaskSpec serviceLabels. */
            serviceLabels: { [k: string]: string };

            /**
             * Creates a new TaskSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskSpec instance
             */
            static create(properties: shoal.v1.TaskSpec.$Shape): shoal.v1.TaskSpec & shoal.v1.TaskSpec.$Shape;
            static create(properties?: shoal.v1.TaskSpec.$Properties): shoal.v1.TaskSpec;

            /**
             * Encodes the specified TaskSpec message. Does not implicitly {@link shoal.v1.TaskSpec.verify|verify} messages.
             * @param message TaskSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.TaskSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.TaskSpec & shoal.v1.TaskSpec.$Shape} TaskSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.TaskSpec & shoal.v1.TaskSpec.$Shape;

            /**
             * Creates a TaskSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.TaskSpec;

            /**
             * Creates a plain object from a TaskSpec message. Also converts values to other types if specified.
             * @param message TaskSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.TaskSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskSpec {

            /** Properties of a TaskSpec. */
            interface $Properties {

                /** TaskSpec container */
                container?: (shoal.v1.ProcessSpec.$Properties|null);

                /** TaskSpec restart */
                restart?: (shoal.v1.RestartPolicy.$Properties|null);

                /** TaskSpec runtime */
                runtime?: (string|null);

                /** TaskSpec forceUpdate */
                forceUpdate?: (number|null);

                /** TaskSpec placement */
                placement?: (shoal.v1.Placement.$Properties|null);

                /** TaskSpec resources */
                resources?: (shoal.v1.ResourceRequirements.$Properties|null);

                /** TaskSpec logDriver */
                logDriver?: (shoal.v1.LogDriver.$Properties|null);

                /** TaskSpec networks */
                networks?: (shoal.v1.NetworkAttachmentConfig.$Properties[]|null);

                /** TaskSpec serviceLabels */
                serviceLabels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskSpec. */
            type $Shape = shoal.v1.TaskSpec.$Properties;
        }

        /**
         * Properties of a LogDriver.
         * @deprecated Use shoal.v1.LogDriver.$Properties instead.
         */
        interface ILogDriver extends shoal.v1.LogDriver.$Properties {
        }

        /** Represents a LogDriver. */
        class LogDriver {

            /**
             * Constructs a new LogDriver.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.LogDriver.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogDriver name. */
            name: string;

            /** LogDriver options. */
            options: { [k: string]: string };

            /**
             * Creates a new LogDriver instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogDriver instance
             */
            static create(properties: shoal.v1.LogDriver.$Shape): shoal.v1.LogDriver & shoal.v1.LogDriver.$Shape;
            static create(properties?: shoal.v1.LogDriver.$Properties): shoal.v1.LogDriver;

            /**
             * Encodes the specified LogDriver message. Does not implicitly {@link shoal.v1.LogDriver.verify|verify} messages.
             * @param message LogDriver message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.LogDriver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogDriver message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.LogDriver & shoal.v1.LogDriver.$Shape} LogDriver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.LogDriver & shoal.v1.LogDriver.$Shape;

            /**
             * Creates a LogDriver message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogDriver
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.LogDriver;

            /**
             * Creates a plain object from a LogDriver message. Also converts values to other types if specified.
             * @param message LogDriver
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.LogDriver, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogDriver to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogDriver
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogDriver {

            /** Properties of a LogDriver. */
            interface $Properties {

                /** LogDriver name */
                name?: (string|null);

                /** LogDriver options */
                options?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogDriver. */
            type $Shape = shoal.v1.LogDriver.$Properties;
        }

        /**
         * Properties of a NetworkAttachmentConfig.
         * @deprecated Use shoal.v1.NetworkAttachmentConfig.$Properties instead.
         */
        interface INetworkAttachmentConfig extends shoal.v1.NetworkAttachmentConfig.$Properties {
        }

        /** Represents a NetworkAttachmentConfig. */
        class NetworkAttachmentConfig {

            /**
             * Constructs a new NetworkAttachmentConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NetworkAttachmentConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkAttachmentConfig target. */
            target: string;

            /** NetworkAttachmentConfig aliases. */
            aliases: string[];

            /**
             * Creates a new NetworkAttachmentConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkAttachmentConfig instance
             */
            static create(properties: shoal.v1.NetworkAttachmentConfig.$Shape): shoal.v1.NetworkAttachmentConfig & shoal.v1.NetworkAttachmentConfig.$Shape;
            static create(properties?: shoal.v1.NetworkAttachmentConfig.$Properties): shoal.v1.NetworkAttachmentConfig;

            /**
             * Encodes the specified NetworkAttachmentConfig message. Does not implicitly {@link shoal.v1.NetworkAttachmentConfig.verify|verify} messages.
             * @param message NetworkAttachmentConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NetworkAttachmentConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkAttachmentConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NetworkAttachmentConfig & shoal.v1.NetworkAttachmentConfig.$Shape} NetworkAttachmentConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NetworkAttachmentConfig & shoal.v1.NetworkAttachmentConfig.$Shape;

            /**
             * Creates a NetworkAttachmentConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkAttachmentConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NetworkAttachmentConfig;

            /**
             * Creates a plain object from a NetworkAttachmentConfig message. Also converts values to other types if specified.
             * @param message NetworkAttachmentConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NetworkAttachmentConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkAttachmentConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkAttachmentConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkAttachmentConfig {

            /** Properties of a NetworkAttachmentConfig. */
            interface $Properties {

                /** NetworkAttachmentConfig target */
                target?: (string|null);

                /** NetworkAttachmentConfig aliases */
                aliases?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkAttachmentConfig. */
            type $Shape = shoal.v1.NetworkAttachmentConfig.$Properties;
        }

        /**
         * Properties of a Placement.
         * @deprecated Use shoal.v1.Placement.$Properties instead.
         */
        interface IPlacement extends shoal.v1.Placement.$Properties {
        }

        /** Represents a Placement. */
        class Placement {

            /**
             * Constructs a new Placement.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Placement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Placement constraints. */
            constraints: string[];

            /** Placement preferences. */
            preferences: shoal.v1.PlacementPreference.$Properties[];

            /** Placement maxReplicas. */
            maxReplicas: number;

            /** Placement platforms. */
            platforms: shoal.v1.Platform.$Properties[];

            /**
             * Creates a new Placement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Placement instance
             */
            static create(properties: shoal.v1.Placement.$Shape): shoal.v1.Placement & shoal.v1.Placement.$Shape;
            static create(properties?: shoal.v1.Placement.$Properties): shoal.v1.Placement;

            /**
             * Encodes the specified Placement message. Does not implicitly {@link shoal.v1.Placement.verify|verify} messages.
             * @param message Placement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Placement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Placement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Placement & shoal.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Placement & shoal.v1.Placement.$Shape;

            /**
             * Creates a Placement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Placement
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Placement;

            /**
             * Creates a plain object from a Placement message. Also converts values to other types if specified.
             * @param message Placement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Placement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Placement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Placement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Placement {

            /** Properties of a Placement. */
            interface $Properties {

                /** Placement constraints */
                constraints?: (string[]|null);

                /** Placement preferences */
                preferences?: (shoal.v1.PlacementPreference.$Properties[]|null);

                /** Placement maxReplicas */
                maxReplicas?: (number|null);

                /** Placement platforms */
                platforms?: (shoal.v1.Platform.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Placement. */
            type $Shape = shoal.v1.Placement.$Properties;
        }

        /**
         * Properties of a PlacementPreference.
         * @deprecated Use shoal.v1.PlacementPreference.$Properties instead.
         */
        interface IPlacementPreference extends shoal.v1.PlacementPreference.$Properties {
        }

        /** Represents a PlacementPreference. */
        class PlacementPreference {

            /**
             * Constructs a new PlacementPreference.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.PlacementPreference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlacementPreference spreadDescriptor. */
            spreadDescriptor: string;

            /**
             * Creates a new PlacementPreference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlacementPreference instance
             */
            static create(properties: shoal.v1.PlacementPreference.$Shape): shoal.v1.PlacementPreference & shoal.v1.PlacementPreference.$Shape;
            static create(properties?: shoal.v1.PlacementPreference.$Properties): shoal.v1.PlacementPreference;

            /**
             * Encodes the specified PlacementPreference message. Does not implicitly {@link shoal.v1.PlacementPreference.verify|verify} messages.
             * @param message PlacementPreference message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.PlacementPreference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlacementPreference message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.PlacementPreference & shoal.v1.PlacementPreference.$Shape} PlacementPreference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.PlacementPreference & shoal.v1.PlacementPreference.$Shape;

            /**
             * Creates a PlacementPreference message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlacementPreference
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.PlacementPreference;

            /**
             * Creates a plain object from a PlacementPreference message. Also converts values to other types if specified.
             * @param message PlacementPreference
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.PlacementPreference, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlacementPreference to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlacementPreference
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlacementPreference {

            /** Properties of a PlacementPreference. */
            interface $Properties {

                /** PlacementPreference spreadDescriptor */
                spreadDescriptor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlacementPreference. */
            type $Shape = shoal.v1.PlacementPreference.$Properties;
        }

        /**
         * Properties of a Resources.
         * @deprecated Use shoal.v1.Resources.$Properties instead.
         */
        interface IResources extends shoal.v1.Resources.$Properties {
        }

        /** Represents a Resources. */
        class Resources {

            /**
             * Constructs a new Resources.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Resources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Resources nanoCpus. */
            nanoCpus: number;

            /** Resources memoryBytes. */
            memoryBytes: number;

            /**
             * Creates a new Resources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resources instance
             */
            static create(properties: shoal.v1.Resources.$Shape): shoal.v1.Resources & shoal.v1.Resources.$Shape;
            static create(properties?: shoal.v1.Resources.$Properties): shoal.v1.Resources;

            /**
             * Encodes the specified Resources message. Does not implicitly {@link shoal.v1.Resources.verify|verify} messages.
             * @param message Resources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Resources & shoal.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Resources & shoal.v1.Resources.$Shape;

            /**
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resources
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Resources;

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @param message Resources
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Resources, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resources to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Resources
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resources {

            /** Properties of a Resources. */
            interface $Properties {

                /** Resources nanoCpus */
                nanoCpus?: (number|null);

                /** Resources memoryBytes */
                memoryBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Resources. */
            type $Shape = shoal.v1.Resources.$Properties;
        }

        /**
         * Properties of a ResourceRequirements.
         * @deprecated Use shoal.v1.ResourceRequirements.$Properties instead.
         */
        interface IResourceRequirements extends shoal.v1.ResourceRequirements.$Properties {
        }

        /** Represents a ResourceRequirements. */
        class ResourceRequirements {

            /**
             * Constructs a new ResourceRequirements.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ResourceRequirements.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceRequirements limits. */
            limits?: (shoal.v1.Resources.$Properties|null);

            /** ResourceRequirements reservations. */
            reservations?: (shoal.v1.Resources.$Properties|null);

            /**
             * Creates a new ResourceRequirements instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceRequirements instance
             */
            static create(properties: shoal.v1.ResourceRequirements.$Shape): shoal.v1.ResourceRequirements & shoal.v1.ResourceRequirements.$Shape;
            static create(properties?: shoal.v1.ResourceRequirements.$Properties): shoal.v1.ResourceRequirements;

            /**
             * Encodes the specified ResourceRequirements message. Does not implicitly {@link shoal.v1.ResourceRequirements.verify|verify} messages.
             * @param message ResourceRequirements message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ResourceRequirements.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceRequirements message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ResourceRequirements & shoal.v1.ResourceRequirements.$Shape} ResourceRequirements
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ResourceRequirements & shoal.v1.ResourceRequirements.$Shape;

            /**
             * Creates a ResourceRequirements message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceRequirements
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ResourceRequirements;

            /**
             * Creates a plain object from a ResourceRequirements message. Also converts values to other types if specified.
             * @param message ResourceRequirements
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ResourceRequirements, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceRequirements to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResourceRequirements
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResourceRequirements {

            /** Properties of a ResourceRequirements. */
            interface $Properties {

                /** ResourceRequirements limits */
                limits?: (shoal.v1.Resources.$Properties|null);

                /** ResourceRequirements reservations */
                reservations?: (shoal.v1.Resources.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceRequirements. */
            type $Shape = shoal.v1.ResourceRequirements.$Properties;
        }

        /**
         * Properties of a PortConfig.
         * @deprecated Use shoal.v1.PortConfig.$Properties instead.
         */
        interface IPortConfig extends shoal.v1.PortConfig.$Properties {
        }

        /** Represents a PortConfig. */
        class PortConfig {

            /**
             * Constructs a new PortConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.PortConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortConfig name. */
            name: string;

            /** PortConfig protocol. */
            protocol: string;

            /** PortConfig targetPort. */
            targetPort: number;

            /** PortConfig publishedPort. */
            publishedPort: number;

            /** PortConfig publishMode. */
            publishMode: string;

            /**
             * Creates a new PortConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortConfig instance
             */
            static create(properties: shoal.v1.PortConfig.$Shape): shoal.v1.PortConfig & shoal.v1.PortConfig.$Shape;
            static create(properties?: shoal.v1.PortConfig.$Properties): shoal.v1.PortConfig;

            /**
             * Encodes the specified PortConfig message. Does not implicitly {@link shoal.v1.PortConfig.verify|verify} messages.
             * @param message PortConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.PortConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.PortConfig & shoal.v1.PortConfig.$Shape} PortConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.PortConfig & shoal.v1.PortConfig.$Shape;

            /**
             * Creates a PortConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PortConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.PortConfig;

            /**
             * Creates a plain object from a PortConfig message. Also converts values to other types if specified.
             * @param message PortConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.PortConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PortConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PortConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PortConfig {

            /** Properties of a PortConfig. */
            interface $Properties {

                /** PortConfig name */
                name?: (string|null);

                /** PortConfig protocol */
                protocol?: (string|null);

                /** PortConfig targetPort */
                targetPort?: (number|null);

                /** PortConfig publishedPort */
                publishedPort?: (number|null);

                /** PortConfig publishMode */
                publishMode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortConfig. */
            type $Shape = shoal.v1.PortConfig.$Properties;
        }

        /**
         * Properties of an EndpointSpec.
         * @deprecated Use shoal.v1.EndpointSpec.$Properties instead.
         */
        interface IEndpointSpec extends shoal.v1.EndpointSpec.$Properties {
        }

        /** Represents an EndpointSpec. */
        class EndpointSpec {

            /**
             * Constructs a new EndpointSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.EndpointSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointSpec ports. */
            ports: shoal.v1.PortConfig.$Properties[];

            /** EndpointSpec mode. */
            mode: string;

            /**
             * Creates a new EndpointSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointSpec instance
             */
            static create(properties: shoal.v1.EndpointSpec.$Shape): shoal.v1.EndpointSpec & shoal.v1.EndpointSpec.$Shape;
            static create(properties?: shoal.v1.EndpointSpec.$Properties): shoal.v1.EndpointSpec;

            /**
             * Encodes the specified EndpointSpec message. Does not implicitly {@link shoal.v1.EndpointSpec.verify|verify} messages.
             * @param message EndpointSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.EndpointSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.EndpointSpec & shoal.v1.EndpointSpec.$Shape} EndpointSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.EndpointSpec & shoal.v1.EndpointSpec.$Shape;

            /**
             * Creates an EndpointSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndpointSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.EndpointSpec;

            /**
             * Creates a plain object from an EndpointSpec message. Also converts values to other types if specified.
             * @param message EndpointSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.EndpointSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndpointSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndpointSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndpointSpec {

            /** Properties of an EndpointSpec. */
            interface $Properties {

                /** EndpointSpec ports */
                ports?: (shoal.v1.PortConfig.$Properties[]|null);

                /** EndpointSpec mode */
                mode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointSpec. */
            type $Shape = shoal.v1.EndpointSpec.$Properties;
        }

        /**
         * Properties of an Endpoint.
         * @deprecated Use shoal.v1.Endpoint.$Properties instead.
         */
        interface IEndpoint extends shoal.v1.Endpoint.$Properties {
        }

        /** Represents an Endpoint. */
        class Endpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Endpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Endpoint spec. */
            spec?: (shoal.v1.EndpointSpec.$Properties|null);

            /** Endpoint ports. */
            ports: shoal.v1.PortConfig.$Properties[];

            /** Endpoint virtualIps. */
            virtualIps: shoal.v1.VirtualIP.$Properties[];

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            static create(properties: shoal.v1.Endpoint.$Shape): shoal.v1.Endpoint & shoal.v1.Endpoint.$Shape;
            static create(properties?: shoal.v1.Endpoint.$Properties): shoal.v1.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link shoal.v1.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Endpoint & shoal.v1.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Endpoint & shoal.v1.Endpoint.$Shape;

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Endpoint
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Endpoint;

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @param message Endpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Endpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Endpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Endpoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Endpoint {

            /** Properties of an Endpoint. */
            interface $Properties {

                /** Endpoint spec */
                spec?: (shoal.v1.EndpointSpec.$Properties|null);

                /** Endpoint ports */
                ports?: (shoal.v1.PortConfig.$Properties[]|null);

                /** Endpoint virtualIps */
                virtualIps?: (shoal.v1.VirtualIP.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Endpoint. */
            type $Shape = shoal.v1.Endpoint.$Properties;
        }

        /**
         * Properties of a VirtualIP.
         * @deprecated Use shoal.v1.VirtualIP.$Properties instead.
         */
        interface IVirtualIP extends shoal.v1.VirtualIP.$Properties {
        }

        /** Represents a VirtualIP. */
        class VirtualIP {

            /**
             * Constructs a new VirtualIP.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.VirtualIP.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VirtualIP networkId. */
            networkId: string;

            /** VirtualIP addr. */
            addr: string;

            /**
             * Creates a new VirtualIP instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VirtualIP instance
             */
            static create(properties: shoal.v1.VirtualIP.$Shape): shoal.v1.VirtualIP & shoal.v1.VirtualIP.$Shape;
            static create(properties?: shoal.v1.VirtualIP.$Properties): shoal.v1.VirtualIP;

            /**
             * Encodes the specified VirtualIP message. Does not implicitly {@link shoal.v1.VirtualIP.verify|verify} messages.
             * @param message VirtualIP message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.VirtualIP.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VirtualIP message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.VirtualIP & shoal.v1.VirtualIP.$Shape} VirtualIP
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.VirtualIP & shoal.v1.VirtualIP.$Shape;

            /**
             * Creates a VirtualIP message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VirtualIP
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.VirtualIP;

            /**
             * Creates a plain object from a VirtualIP message. Also converts values to other types if specified.
             * @param message VirtualIP
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.VirtualIP, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VirtualIP to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VirtualIP
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VirtualIP {

            /** Properties of a VirtualIP. */
            interface $Properties {

                /** VirtualIP networkId */
                networkId?: (string|null);

                /** VirtualIP addr */
                addr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VirtualIP. */
            type $Shape = shoal.v1.VirtualIP.$Properties;
        }

        /**
         * Properties of a ServiceSpec.
         * @deprecated Use shoal.v1.ServiceSpec.$Properties instead.
         */
        interface IServiceSpec extends shoal.v1.ServiceSpec.$Properties {
        }

        /** Represents a ServiceSpec. */
        class ServiceSpec {

            /**
             * Constructs a new ServiceSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ServiceSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** ServiceSpec task. */
            task?: (shoal.v1.TaskSpec.$Properties|null);

            /** ServiceSpec mode. */
            mode: string;

            /** ServiceSpec replicas. */
            replicas: number;

            /** ServiceSpec endpoint. */
            endpoint?: (shoal.v1.EndpointSpec.$Properties|null);

            /** ServiceSpec maxConcurrent. */
            maxConcurrent: number;

            /** ServiceSpec update. */
            update?: (shoal.v1.UpdateConfig.$Properties|null);

            /** ServiceSpec rollback. */
            rollback?: (shoal.v1.UpdateConfig.$Properties|null);

            /**
             * Creates a new ServiceSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceSpec instance
             */
            static create(properties: shoal.v1.ServiceSpec.$Shape): shoal.v1.ServiceSpec & shoal.v1.ServiceSpec.$Shape;
            static create(properties?: shoal.v1.ServiceSpec.$Properties): shoal.v1.ServiceSpec;

            /**
             * Encodes the specified ServiceSpec message. Does not implicitly {@link shoal.v1.ServiceSpec.verify|verify} messages.
             * @param message ServiceSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ServiceSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ServiceSpec & shoal.v1.ServiceSpec.$Shape} ServiceSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ServiceSpec & shoal.v1.ServiceSpec.$Shape;

            /**
             * Creates a ServiceSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ServiceSpec;

            /**
             * Creates a plain object from a ServiceSpec message. Also converts values to other types if specified.
             * @param message ServiceSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ServiceSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceSpec {

            /** Properties of a ServiceSpec. */
            interface $Properties {

                /** ServiceSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** ServiceSpec task */
                task?: (shoal.v1.TaskSpec.$Properties|null);

                /** ServiceSpec mode */
                mode?: (string|null);

                /** ServiceSpec replicas */
                replicas?: (number|null);

                /** ServiceSpec endpoint */
                endpoint?: (shoal.v1.EndpointSpec.$Properties|null);

                /** ServiceSpec maxConcurrent */
                maxConcurrent?: (number|null);

                /** ServiceSpec update */
                update?: (shoal.v1.UpdateConfig.$Properties|null);

                /** ServiceSpec rollback */
                rollback?: (shoal.v1.UpdateConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceSpec. */
            type $Shape = shoal.v1.ServiceSpec.$Properties;
        }

        /**
         * Properties of an UpdateConfig.
         * @deprecated Use shoal.v1.UpdateConfig.$Properties instead.
         */
        interface IUpdateConfig extends shoal.v1.UpdateConfig.$Properties {
        }

        /** Represents an UpdateConfig. */
        class UpdateConfig {

            /**
             * Constructs a new UpdateConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.UpdateConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateConfig parallelism. */
            parallelism: number;

            /** UpdateConfig delayNs. */
            delayNs: number;

            /** UpdateConfig failureAction. */
            failureAction: string;

            /** UpdateConfig monitorNs. */
            monitorNs: number;

            /** UpdateConfig maxFailureRatio. */
            maxFailureRatio: number;

            /** UpdateConfig order. */
            order: string;

            /**
             * Creates a new UpdateConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateConfig instance
             */
            static create(properties: shoal.v1.UpdateConfig.$Shape): shoal.v1.UpdateConfig & shoal.v1.UpdateConfig.$Shape;
            static create(properties?: shoal.v1.UpdateConfig.$Properties): shoal.v1.UpdateConfig;

            /**
             * Encodes the specified UpdateConfig message. Does not implicitly {@link shoal.v1.UpdateConfig.verify|verify} messages.
             * @param message UpdateConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.UpdateConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateConfig & shoal.v1.UpdateConfig.$Shape} UpdateConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.UpdateConfig & shoal.v1.UpdateConfig.$Shape;

            /**
             * Creates an UpdateConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.UpdateConfig;

            /**
             * Creates a plain object from an UpdateConfig message. Also converts values to other types if specified.
             * @param message UpdateConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.UpdateConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateConfig {

            /** Properties of an UpdateConfig. */
            interface $Properties {

                /** UpdateConfig parallelism */
                parallelism?: (number|null);

                /** UpdateConfig delayNs */
                delayNs?: (number|null);

                /** UpdateConfig failureAction */
                failureAction?: (string|null);

                /** UpdateConfig monitorNs */
                monitorNs?: (number|null);

                /** UpdateConfig maxFailureRatio */
                maxFailureRatio?: (number|null);

                /** UpdateConfig order */
                order?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateConfig. */
            type $Shape = shoal.v1.UpdateConfig.$Properties;
        }

        /**
         * Properties of an UpdateStatus.
         * @deprecated Use shoal.v1.UpdateStatus.$Properties instead.
         */
        interface IUpdateStatus extends shoal.v1.UpdateStatus.$Properties {
        }

        /** Represents an UpdateStatus. */
        class UpdateStatus {

            /**
             * Constructs a new UpdateStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.UpdateStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateStatus state. */
            state: string;

            /** UpdateStatus startedAt. */
            startedAt: number;

            /** UpdateStatus completedAt. */
            completedAt: number;

            /** UpdateStatus message. */
            message: string;

            /**
             * Creates a new UpdateStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateStatus instance
             */
            static create(properties: shoal.v1.UpdateStatus.$Shape): shoal.v1.UpdateStatus & shoal.v1.UpdateStatus.$Shape;
            static create(properties?: shoal.v1.UpdateStatus.$Properties): shoal.v1.UpdateStatus;

            /**
             * Encodes the specified UpdateStatus message. Does not implicitly {@link shoal.v1.UpdateStatus.verify|verify} messages.
             * @param message UpdateStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.UpdateStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateStatus & shoal.v1.UpdateStatus.$Shape} UpdateStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.UpdateStatus & shoal.v1.UpdateStatus.$Shape;

            /**
             * Creates an UpdateStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.UpdateStatus;

            /**
             * Creates a plain object from an UpdateStatus message. Also converts values to other types if specified.
             * @param message UpdateStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.UpdateStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateStatus {

            /** Properties of an UpdateStatus. */
            interface $Properties {

                /** UpdateStatus state */
                state?: (string|null);

                /** UpdateStatus startedAt */
                startedAt?: (number|null);

                /** UpdateStatus completedAt */
                completedAt?: (number|null);

                /** UpdateStatus message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateStatus. */
            type $Shape = shoal.v1.UpdateStatus.$Properties;
        }

        /**
         * Properties of a Service.
         * @deprecated Use shoal.v1.Service.$Properties instead.
         */
        interface IService extends shoal.v1.Service.$Properties {
        }

        /** Represents a Service. */
        class Service {

            /**
             * Constructs a new Service.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Service.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Service meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Service spec. */
            spec?: (shoal.v1.ServiceSpec.$Properties|null);

            /** Service previousSpec. */
            previousSpec?: (shoal.v1.ServiceSpec.$Properties|null);

            /** Service specVersion. */
            specVersion: number;

            /** Service endpoint. */
            endpoint?: (shoal.v1.Endpoint.$Properties|null);

            /** Service updateStatus. */
            updateStatus?: (shoal.v1.UpdateStatus.$Properties|null);

            /** Service jobStatus. */
            jobStatus?: (shoal.v1.JobStatus.$Properties|null);

            /**
             * Creates a new Service instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Service instance
             */
            static create(properties: shoal.v1.Service.$Shape): shoal.v1.Service & shoal.v1.Service.$Shape;
            static create(properties?: shoal.v1.Service.$Properties): shoal.v1.Service;

            /**
             * Encodes the specified Service message. Does not implicitly {@link shoal.v1.Service.verify|verify} messages.
             * @param message Service message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Service.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Service message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Service & shoal.v1.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Service & shoal.v1.Service.$Shape;

            /**
             * Creates a Service message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Service
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Service;

            /**
             * Creates a plain object from a Service message. Also converts values to other types if specified.
             * @param message Service
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Service, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Service to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Service
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Service {

            /** Properties of a Service. */
            interface $Properties {

                /** Service meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Service spec */
                spec?: (shoal.v1.ServiceSpec.$Properties|null);

                /** Service previousSpec */
                previousSpec?: (shoal.v1.ServiceSpec.$Properties|null);

                /** Service specVersion */
                specVersion?: (number|null);

                /** Service endpoint */
                endpoint?: (shoal.v1.Endpoint.$Properties|null);

                /** Service updateStatus */
                updateStatus?: (shoal.v1.UpdateStatus.$Properties|null);

                /** Service jobStatus */
                jobStatus?: (shoal.v1.JobStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Service. */
            type $Shape = shoal.v1.Service.$Properties;
        }

        /**
         * Properties of a JobStatus.
         * @deprecated Use shoal.v1.JobStatus.$Properties instead.
         */
        interface IJobStatus extends shoal.v1.JobStatus.$Properties {
        }

        /** Represents a JobStatus. */
        class JobStatus {

            /**
             * Constructs a new JobStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.JobStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobStatus jobIteration. */
            jobIteration: number;

            /** JobStatus lastExecution. */
            lastExecution: number;

            /**
             * Creates a new JobStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobStatus instance
             */
            static create(properties: shoal.v1.JobStatus.$Shape): shoal.v1.JobStatus & shoal.v1.JobStatus.$Shape;
            static create(properties?: shoal.v1.JobStatus.$Properties): shoal.v1.JobStatus;

            /**
             * Encodes the specified JobStatus message. Does not implicitly {@link shoal.v1.JobStatus.verify|verify} messages.
             * @param message JobStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.JobStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.JobStatus & shoal.v1.JobStatus.$Shape} JobStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.JobStatus & shoal.v1.JobStatus.$Shape;

            /**
             * Creates a JobStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.JobStatus;

            /**
             * Creates a plain object from a JobStatus message. Also converts values to other types if specified.
             * @param message JobStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.JobStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobStatus {

            /** Properties of a JobStatus. */
            interface $Properties {

                /** JobStatus jobIteration */
                jobIteration?: (number|null);

                /** JobStatus lastExecution */
                lastExecution?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobStatus. */
            type $Shape = shoal.v1.JobStatus.$Properties;
        }

        /**
         * Properties of a ContainerStatus.
         * @deprecated Use shoal.v1.ContainerStatus.$Properties instead.
         */
        interface IContainerStatus extends shoal.v1.ContainerStatus.$Properties {
        }

        /** Represents a ContainerStatus. */
        class ContainerStatus {

            /**
             * Constructs a new ContainerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ContainerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatus exitCode. */
            exitCode: number;

            /** ContainerStatus pid. */
            pid: number;

            /** ContainerStatus startedAt. */
            startedAt: number;

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatus instance
             */
            static create(properties: shoal.v1.ContainerStatus.$Shape): shoal.v1.ContainerStatus & shoal.v1.ContainerStatus.$Shape;
            static create(properties?: shoal.v1.ContainerStatus.$Properties): shoal.v1.ContainerStatus;

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link shoal.v1.ContainerStatus.verify|verify} messages.
             * @param message ContainerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ContainerStatus & shoal.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ContainerStatus & shoal.v1.ContainerStatus.$Shape;

            /**
             * Creates a ContainerStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContainerStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ContainerStatus;

            /**
             * Creates a plain object from a ContainerStatus message. Also converts values to other types if specified.
             * @param message ContainerStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ContainerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContainerStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatus {

            /** Properties of a ContainerStatus. */
            interface $Properties {

                /** ContainerStatus exitCode */
                exitCode?: (number|null);

                /** ContainerStatus pid */
                pid?: (number|null);

                /** ContainerStatus startedAt */
                startedAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatus. */
            type $Shape = shoal.v1.ContainerStatus.$Properties;
        }

        /**
         * Properties of a TaskStatus.
         * @deprecated Use shoal.v1.TaskStatus.$Properties instead.
         */
        interface ITaskStatus extends shoal.v1.TaskStatus.$Properties {
        }

        /** Represents a TaskStatus. */
        class TaskStatus {

            /**
             * Constructs a new TaskStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.TaskStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskStatus timestamp. */
            timestamp: number;

            /** TaskStatus state. */
            state: number;

            /** TaskStatus message. */
            message: string;

            /** TaskStatus err. */
            err: string;

            /** TaskStatus container. */
            container?: (shoal.v1.ContainerStatus.$Properties|null);

            /**
             * Creates a new TaskStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStatus instance
             */
            static create(properties: shoal.v1.TaskStatus.$Shape): shoal.v1.TaskStatus & shoal.v1.TaskStatus.$Shape;
            static create(properties?: shoal.v1.TaskStatus.$Properties): shoal.v1.TaskStatus;

            /**
             * Encodes the specified TaskStatus message. Does not implicitly {@link shoal.v1.TaskStatus.verify|verify} messages.
             * @param message TaskStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.TaskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.TaskStatus & shoal.v1.TaskStatus.$Shape} TaskStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.TaskStatus & shoal.v1.TaskStatus.$Shape;

            /**
             * Creates a TaskStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStatus
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.TaskStatus;

            /**
             * Creates a plain object from a TaskStatus message. Also converts values to other types if specified.
             * @param message TaskStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.TaskStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStatus {

            /** Properties of a TaskStatus. */
            interface $Properties {

                /** TaskStatus timestamp */
                timestamp?: (number|null);

                /** TaskStatus state */
                state?: (number|null);

                /** TaskStatus message */
                message?: (string|null);

                /** TaskStatus err */
                err?: (string|null);

                /** TaskStatus container */
                container?: (shoal.v1.ContainerStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskStatus. */
            type $Shape = shoal.v1.TaskStatus.$Properties;
        }

        /**
         * Properties of a Task.
         * @deprecated Use shoal.v1.Task.$Properties instead.
         */
        interface ITask extends shoal.v1.Task.$Properties {
        }

        /** Represents a Task. */
        class Task {

            /**
             * Constructs a new Task.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Task.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Task meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Task serviceId. */
            serviceId: string;

            /** Task serviceName. */
            serviceName: string;

            /** Task slot. */
            slot: number;

            /** Task nodeId. */
            nodeId: string;

            /** Task spec. */
            spec?: (shoal.v1.TaskSpec.$Properties|null);

            /** Task specVersion. */
            specVersion: number;

            /** Task desiredState. */
            desiredState: number;

            /** Task status. */
            status?: (shoal.v1.TaskStatus.$Properties|null);

            /** Task pendingReason. */
            pendingReason: string;

            /** Task restartAttempt. */
            restartAttempt: number;

            /** Task ports. */
            ports: shoal.v1.PortConfig.$Properties[];

            /** Task networks. */
            networks?: (shoal.v1.TaskNetworks.$Properties|null);

            /** Task jobIteration. */
            jobIteration: number;

            /**
             * Creates a new Task instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Task instance
             */
            static create(properties: shoal.v1.Task.$Shape): shoal.v1.Task & shoal.v1.Task.$Shape;
            static create(properties?: shoal.v1.Task.$Properties): shoal.v1.Task;

            /**
             * Encodes the specified Task message. Does not implicitly {@link shoal.v1.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Task & shoal.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Task & shoal.v1.Task.$Shape;

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Task
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Task;

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @param message Task
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Task to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Task
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Task {

            /** Properties of a Task. */
            interface $Properties {

                /** Task meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Task serviceId */
                serviceId?: (string|null);

                /** Task serviceName */
                serviceName?: (string|null);

                /** Task slot */
                slot?: (number|null);

                /** Task nodeId */
                nodeId?: (string|null);

                /** Task spec */
                spec?: (shoal.v1.TaskSpec.$Properties|null);

                /** Task specVersion */
                specVersion?: (number|null);

                /** Task desiredState */
                desiredState?: (number|null);

                /** Task status */
                status?: (shoal.v1.TaskStatus.$Properties|null);

                /** Task pendingReason */
                pendingReason?: (string|null);

                /** Task restartAttempt */
                restartAttempt?: (number|null);

                /** Task ports */
                ports?: (shoal.v1.PortConfig.$Properties[]|null);

                /** Task networks */
                networks?: (shoal.v1.TaskNetworks.$Properties|null);

                /** Task jobIteration */
                jobIteration?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Task. */
            type $Shape = shoal.v1.Task.$Properties;
        }

        /**
         * Properties of a TaskNetworks.
         * @deprecated Use shoal.v1.TaskNetworks.$Properties instead.
         */
        interface ITaskNetworks extends shoal.v1.TaskNetworks.$Properties {
        }

        /** Represents a TaskNetworks. */
        class TaskNetworks {

            /**
             * Constructs a new TaskNetworks.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.TaskNetworks.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskNetworks attachments. */
            attachments: shoal.v1.NetworkAttachment.$Properties[];

            /**
             * Creates a new TaskNetworks instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskNetworks instance
             */
            static create(properties: shoal.v1.TaskNetworks.$Shape): shoal.v1.TaskNetworks & shoal.v1.TaskNetworks.$Shape;
            static create(properties?: shoal.v1.TaskNetworks.$Properties): shoal.v1.TaskNetworks;

            /**
             * Encodes the specified TaskNetworks message. Does not implicitly {@link shoal.v1.TaskNetworks.verify|verify} messages.
             * @param message TaskNetworks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.TaskNetworks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskNetworks message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.TaskNetworks & shoal.v1.TaskNetworks.$Shape} TaskNetworks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.TaskNetworks & shoal.v1.TaskNetworks.$Shape;

            /**
             * Creates a TaskNetworks message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskNetworks
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.TaskNetworks;

            /**
             * Creates a plain object from a TaskNetworks message. Also converts values to other types if specified.
             * @param message TaskNetworks
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.TaskNetworks, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskNetworks to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskNetworks
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskNetworks {

            /** Properties of a TaskNetworks. */
            interface $Properties {

                /** TaskNetworks attachments */
                attachments?: (shoal.v1.NetworkAttachment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskNetworks. */
            type $Shape = shoal.v1.TaskNetworks.$Properties;
        }

        /**
         * Properties of a NetworkAttachment.
         * @deprecated Use shoal.v1.NetworkAttachment.$Properties instead.
         */
        interface INetworkAttachment extends shoal.v1.NetworkAttachment.$Properties {
        }

        /** Represents a NetworkAttachment. */
        class NetworkAttachment {

            /**
             * Constructs a new NetworkAttachment.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NetworkAttachment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkAttachment networkId. */
            networkId: string;

            /** NetworkAttachment addresses. */
            addresses: string[];

            /** NetworkAttachment aliases. */
            aliases: string[];

            /**
             * Creates a new NetworkAttachment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkAttachment instance
             */
            static create(properties: shoal.v1.NetworkAttachment.$Shape): shoal.v1.NetworkAttachment & shoal.v1.NetworkAttachment.$Shape;
            static create(properties?: shoal.v1.NetworkAttachment.$Properties): shoal.v1.NetworkAttachment;

            /**
             * Encodes the specified NetworkAttachment message. Does not implicitly {@link shoal.v1.NetworkAttachment.verify|verify} messages.
             * @param message NetworkAttachment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NetworkAttachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkAttachment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NetworkAttachment & shoal.v1.NetworkAttachment.$Shape} NetworkAttachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NetworkAttachment & shoal.v1.NetworkAttachment.$Shape;

            /**
             * Creates a NetworkAttachment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkAttachment
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NetworkAttachment;

            /**
             * Creates a plain object from a NetworkAttachment message. Also converts values to other types if specified.
             * @param message NetworkAttachment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NetworkAttachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkAttachment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkAttachment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkAttachment {

            /** Properties of a NetworkAttachment. */
            interface $Properties {

                /** NetworkAttachment networkId */
                networkId?: (string|null);

                /** NetworkAttachment addresses */
                addresses?: (string[]|null);

                /** NetworkAttachment aliases */
                aliases?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkAttachment. */
            type $Shape = shoal.v1.NetworkAttachment.$Properties;
        }

        /**
         * Properties of a IPAMConfig.
         * @deprecated Use shoal.v1.IPAMConfig.$Properties instead.
         */
        interface IIPAMConfig extends shoal.v1.IPAMConfig.$Properties {
        }

        /** Represents a IPAMConfig. */
        class IPAMConfig {

            /**
             * Constructs a new IPAMConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.IPAMConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IPAMConfig subnet. */
            subnet: string;

            /** IPAMConfig ipRange. */
            ipRange: string;

            /** IPAMConfig gateway. */
            gateway: string;

            /**
             * Creates a new IPAMConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IPAMConfig instance
             */
            static create(properties: shoal.v1.IPAMConfig.$Shape): shoal.v1.IPAMConfig & shoal.v1.IPAMConfig.$Shape;
            static create(properties?: shoal.v1.IPAMConfig.$Properties): shoal.v1.IPAMConfig;

            /**
             * Encodes the specified IPAMConfig message. Does not implicitly {@link shoal.v1.IPAMConfig.verify|verify} messages.
             * @param message IPAMConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.IPAMConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IPAMConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.IPAMConfig & shoal.v1.IPAMConfig.$Shape} IPAMConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.IPAMConfig & shoal.v1.IPAMConfig.$Shape;

            /**
             * Creates a IPAMConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IPAMConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.IPAMConfig;

            /**
             * Creates a plain object from a IPAMConfig message. Also converts values to other types if specified.
             * @param message IPAMConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.IPAMConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IPAMConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IPAMConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IPAMConfig {

            /** Properties of a IPAMConfig. */
            interface $Properties {

                /** IPAMConfig subnet */
                subnet?: (string|null);

                /** IPAMConfig ipRange */
                ipRange?: (string|null);

                /** IPAMConfig gateway */
                gateway?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IPAMConfig. */
            type $Shape = shoal.v1.IPAMConfig.$Properties;
        }

        /**
         * Properties of a IPAMOptions.
         * @deprecated Use shoal.v1.IPAMOptions.$Properties instead.
         */
        interface IIPAMOptions extends shoal.v1.IPAMOptions.$Properties {
        }

        /** Represents a IPAMOptions. */
        class IPAMOptions {

            /**
             * Constructs a new IPAMOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.IPAMOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IPAMOptions driver. */
            driver: string;

            /** IPAMOptions configs. */
            configs: shoal.v1.IPAMConfig.$Properties[];

            /** IPAMOptions options. */
            options: { [k: string]: string };

            /**
             * Creates a new IPAMOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IPAMOptions instance
             */
            static create(properties: shoal.v1.IPAMOptions.$Shape): shoal.v1.IPAMOptions & shoal.v1.IPAMOptions.$Shape;
            static create(properties?: shoal.v1.IPAMOptions.$Properties): shoal.v1.IPAMOptions;

            /**
             * Encodes the specified IPAMOptions message. Does not implicitly {@link shoal.v1.IPAMOptions.verify|verify} messages.
             * @param message IPAMOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.IPAMOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IPAMOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.IPAMOptions & shoal.v1.IPAMOptions.$Shape} IPAMOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.IPAMOptions & shoal.v1.IPAMOptions.$Shape;

            /**
             * Creates a IPAMOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IPAMOptions
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.IPAMOptions;

            /**
             * Creates a plain object from a IPAMOptions message. Also converts values to other types if specified.
             * @param message IPAMOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.IPAMOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IPAMOptions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IPAMOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IPAMOptions {

            /** Properties of a IPAMOptions. */
            interface $Properties {

                /** IPAMOptions driver */
                driver?: (string|null);

                /** IPAMOptions configs */
                configs?: (shoal.v1.IPAMConfig.$Properties[]|null);

                /** IPAMOptions options */
                options?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IPAMOptions. */
            type $Shape = shoal.v1.IPAMOptions.$Properties;
        }

        /**
         * Properties of a NetworkSpec.
         * @deprecated Use shoal.v1.NetworkSpec.$Properties instead.
         */
        interface INetworkSpec extends shoal.v1.NetworkSpec.$Properties {
        }

        /** Represents a NetworkSpec. */
        class NetworkSpec {

            /**
             * Constructs a new NetworkSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NetworkSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** NetworkSpec driver. */
            driver: string;

            /** NetworkSpec driverOptions. */
            driverOptions: { [k: string]: string };

            /** NetworkSpec ipam. */
            ipam?: (shoal.v1.IPAMOptions.$Properties|null);

            /** NetworkSpec internal. */
            internal: boolean;

            /** NetworkSpec attachable. */
            attachable: boolean;

            /** NetworkSpec ingress. */
            ingress: boolean;

            /**
             * Creates a new NetworkSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkSpec instance
             */
            static create(properties: shoal.v1.NetworkSpec.$Shape): shoal.v1.NetworkSpec & shoal.v1.NetworkSpec.$Shape;
            static create(properties?: shoal.v1.NetworkSpec.$Properties): shoal.v1.NetworkSpec;

            /**
             * Encodes the specified NetworkSpec message. Does not implicitly {@link shoal.v1.NetworkSpec.verify|verify} messages.
             * @param message NetworkSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NetworkSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NetworkSpec & shoal.v1.NetworkSpec.$Shape} NetworkSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NetworkSpec & shoal.v1.NetworkSpec.$Shape;

            /**
             * Creates a NetworkSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NetworkSpec;

            /**
             * Creates a plain object from a NetworkSpec message. Also converts values to other types if specified.
             * @param message NetworkSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NetworkSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkSpec {

            /** Properties of a NetworkSpec. */
            interface $Properties {

                /** NetworkSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** NetworkSpec driver */
                driver?: (string|null);

                /** NetworkSpec driverOptions */
                driverOptions?: ({ [k: string]: string }|null);

                /** NetworkSpec ipam */
                ipam?: (shoal.v1.IPAMOptions.$Properties|null);

                /** NetworkSpec internal */
                internal?: (boolean|null);

                /** NetworkSpec attachable */
                attachable?: (boolean|null);

                /** NetworkSpec ingress */
                ingress?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkSpec. */
            type $Shape = shoal.v1.NetworkSpec.$Properties;
        }

        /**
         * Properties of a Network.
         * @deprecated Use shoal.v1.Network.$Properties instead.
         */
        interface INetwork extends shoal.v1.Network.$Properties {
        }

        /** Represents a Network. */
        class Network {

            /**
             * Constructs a new Network.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Network.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Network meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Network spec. */
            spec?: (shoal.v1.NetworkSpec.$Properties|null);

            /** Network ipam. */
            ipam?: (shoal.v1.IPAMOptions.$Properties|null);

            /** Network vni. */
            vni: number;

            /**
             * Creates a new Network instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Network instance
             */
            static create(properties: shoal.v1.Network.$Shape): shoal.v1.Network & shoal.v1.Network.$Shape;
            static create(properties?: shoal.v1.Network.$Properties): shoal.v1.Network;

            /**
             * Encodes the specified Network message. Does not implicitly {@link shoal.v1.Network.verify|verify} messages.
             * @param message Network message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Network.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Network message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Network & shoal.v1.Network.$Shape} Network
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Network & shoal.v1.Network.$Shape;

            /**
             * Creates a Network message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Network
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Network;

            /**
             * Creates a plain object from a Network message. Also converts values to other types if specified.
             * @param message Network
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Network, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Network to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Network
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Network {

            /** Properties of a Network. */
            interface $Properties {

                /** Network meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Network spec */
                spec?: (shoal.v1.NetworkSpec.$Properties|null);

                /** Network ipam */
                ipam?: (shoal.v1.IPAMOptions.$Properties|null);

                /** Network vni */
                vni?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Network. */
            type $Shape = shoal.v1.Network.$Properties;
        }

        /**
         * Properties of a ConfigReference.
         * @deprecated Use shoal.v1.ConfigReference.$Properties instead.
         */
        interface IConfigReference extends shoal.v1.ConfigReference.$Properties {
        }

        /** Represents a ConfigReference. */
        class ConfigReference {

            /**
             * Constructs a new ConfigReference.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ConfigReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigReference configId. */
            configId: string;

            /** ConfigReference configName. */
            configName: string;

            /** ConfigReference target. */
            target: string;

            /** ConfigReference uid. */
            uid: string;

            /** ConfigReference gid. */
            gid: string;

            /** ConfigReference mode. */
            mode: number;

            /**
             * Creates a new ConfigReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigReference instance
             */
            static create(properties: shoal.v1.ConfigReference.$Shape): shoal.v1.ConfigReference & shoal.v1.ConfigReference.$Shape;
            static create(properties?: shoal.v1.ConfigReference.$Properties): shoal.v1.ConfigReference;

            /**
             * Encodes the specified ConfigReference message. Does not implicitly {@link shoal.v1.ConfigReference.verify|verify} messages.
             * @param message ConfigReference message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ConfigReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigReference message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ConfigReference & shoal.v1.ConfigReference.$Shape} ConfigReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ConfigReference & shoal.v1.ConfigReference.$Shape;

            /**
             * Creates a ConfigReference message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigReference
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ConfigReference;

            /**
             * Creates a plain object from a ConfigReference message. Also converts values to other types if specified.
             * @param message ConfigReference
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ConfigReference, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigReference to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigReference
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigReference {

            /** Properties of a ConfigReference. */
            interface $Properties {

                /** ConfigReference configId */
                configId?: (string|null);

                /** ConfigReference configName */
                configName?: (string|null);

                /** ConfigReference target */
                target?: (string|null);

                /** ConfigReference uid */
                uid?: (string|null);

                /** ConfigReference gid */
                gid?: (string|null);

                /** ConfigReference mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigReference. */
            type $Shape = shoal.v1.ConfigReference.$Properties;
        }

        /**
         * Properties of a SecretSpec.
         * @deprecated Use shoal.v1.SecretSpec.$Properties instead.
         */
        interface ISecretSpec extends shoal.v1.SecretSpec.$Properties {
        }

        /** Represents a SecretSpec. */
        class SecretSpec {

            /**
             * Constructs a new SecretSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.SecretSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecretSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** SecretSpec data. */
            data: Uint8Array;

            /**
             * Creates a new SecretSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecretSpec instance
             */
            static create(properties: shoal.v1.SecretSpec.$Shape): shoal.v1.SecretSpec & shoal.v1.SecretSpec.$Shape;
            static create(properties?: shoal.v1.SecretSpec.$Properties): shoal.v1.SecretSpec;

            /**
             * Encodes the specified SecretSpec message. Does not implicitly {@link shoal.v1.SecretSpec.verify|verify} messages.
             * @param message SecretSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.SecretSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecretSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.SecretSpec & shoal.v1.SecretSpec.$Shape} SecretSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.SecretSpec & shoal.v1.SecretSpec.$Shape;

            /**
             * Creates a SecretSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SecretSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.SecretSpec;

            /**
             * Creates a plain object from a SecretSpec message. Also converts values to other types if specified.
             * @param message SecretSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.SecretSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SecretSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SecretSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecretSpec {

            /** Properties of a SecretSpec. */
            interface $Properties {

                /** SecretSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** SecretSpec data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecretSpec. */
            type $Shape = shoal.v1.SecretSpec.$Properties;
        }

        /**
         * Properties of a Secret.
         * @deprecated Use shoal.v1.Secret.$Properties instead.
         */
        interface ISecret extends shoal.v1.Secret.$Properties {
        }

        /** Represents a Secret. */
        class Secret {

            /**
             * Constructs a new Secret.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Secret.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Secret meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Secret spec. */
            spec?: (shoal.v1.SecretSpec.$Properties|null);

            /** Secret sealedData. */
            sealedData: Uint8Array;

            /**
             * Creates a new Secret instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Secret instance
             */
            static create(properties: shoal.v1.Secret.$Shape): shoal.v1.Secret & shoal.v1.Secret.$Shape;
            static create(properties?: shoal.v1.Secret.$Properties): shoal.v1.Secret;

            /**
             * Encodes the specified Secret message. Does not implicitly {@link shoal.v1.Secret.verify|verify} messages.
             * @param message Secret message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Secret.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Secret message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Secret & shoal.v1.Secret.$Shape} Secret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Secret & shoal.v1.Secret.$Shape;

            /**
             * Creates a Secret message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Secret
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Secret;

            /**
             * Creates a plain object from a Secret message. Also converts values to other types if specified.
             * @param message Secret
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Secret, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Secret to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Secret
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Secret {

            /** Properties of a Secret. */
            interface $Properties {

                /** Secret meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Secret spec */
                spec?: (shoal.v1.SecretSpec.$Properties|null);

                /** Secret sealedData */
                sealedData?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Secret. */
            type $Shape = shoal.v1.Secret.$Properties;
        }

        /**
         * Properties of a JoinTokens.
         * @deprecated Use shoal.v1.JoinTokens.$Properties instead.
         */
        interface IJoinTokens extends shoal.v1.JoinTokens.$Properties {
        }

        /** Represents a JoinTokens. */
        class JoinTokens {

            /**
             * Constructs a new JoinTokens.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.JoinTokens.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinTokens worker. */
            worker: string;

            /** JoinTokens manager. */
            manager: string;

            /**
             * Creates a new JoinTokens instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinTokens instance
             */
            static create(properties: shoal.v1.JoinTokens.$Shape): shoal.v1.JoinTokens & shoal.v1.JoinTokens.$Shape;
            static create(properties?: shoal.v1.JoinTokens.$Properties): shoal.v1.JoinTokens;

            /**
             * Encodes the specified JoinTokens message. Does not implicitly {@link shoal.v1.JoinTokens.verify|verify} messages.
             * @param message JoinTokens message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.JoinTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinTokens message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.JoinTokens & shoal.v1.JoinTokens.$Shape} JoinTokens
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.JoinTokens & shoal.v1.JoinTokens.$Shape;

            /**
             * Creates a JoinTokens message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JoinTokens
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.JoinTokens;

            /**
             * Creates a plain object from a JoinTokens message. Also converts values to other types if specified.
             * @param message JoinTokens
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.JoinTokens, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JoinTokens to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JoinTokens
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinTokens {

            /** Properties of a JoinTokens. */
            interface $Properties {

                /** JoinTokens worker */
                worker?: (string|null);

                /** JoinTokens manager */
                manager?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinTokens. */
            type $Shape = shoal.v1.JoinTokens.$Properties;
        }

        /**
         * Properties of a ClusterSpec.
         * @deprecated Use shoal.v1.ClusterSpec.$Properties instead.
         */
        interface IClusterSpec extends shoal.v1.ClusterSpec.$Properties {
        }

        /** Represents a ClusterSpec. */
        class ClusterSpec {

            /**
             * Constructs a new ClusterSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ClusterSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** ClusterSpec heartbeatPeriodMs. */
            heartbeatPeriodMs: number;

            /** ClusterSpec nodeCertExpiryMs. */
            nodeCertExpiryMs: number;

            /** ClusterSpec taskHistoryLimit. */
            taskHistoryLimit: number;

            /** ClusterSpec raft. */
            raft?: (shoal.v1.RaftConfig.$Properties|null);

            /** ClusterSpec externalCas. */
            externalCas: shoal.v1.ExternalCA.$Properties[];

            /** ClusterSpec caForceRotate. */
            caForceRotate: number;

            /** ClusterSpec encryptionConfig. */
            encryptionConfig?: (shoal.v1.EncryptionConfig.$Properties|null);

            /** ClusterSpec taskLimit. */
            taskLimit: number;

            /** ClusterSpec defaultAddrPool. */
            defaultAddrPool: string[];

            /** ClusterSpec subnetSize. */
            subnetSize: number;

            /**
             * Creates a new ClusterSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterSpec instance
             */
            static create(properties: shoal.v1.ClusterSpec.$Shape): shoal.v1.ClusterSpec & shoal.v1.ClusterSpec.$Shape;
            static create(properties?: shoal.v1.ClusterSpec.$Properties): shoal.v1.ClusterSpec;

            /**
             * Encodes the specified ClusterSpec message. Does not implicitly {@link shoal.v1.ClusterSpec.verify|verify} messages.
             * @param message ClusterSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ClusterSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ClusterSpec & shoal.v1.ClusterSpec.$Shape} ClusterSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ClusterSpec & shoal.v1.ClusterSpec.$Shape;

            /**
             * Creates a ClusterSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClusterSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ClusterSpec;

            /**
             * Creates a plain object from a ClusterSpec message. Also converts values to other types if specified.
             * @param message ClusterSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ClusterSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClusterSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClusterSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterSpec {

            /** Properties of a ClusterSpec. */
            interface $Properties {

                /** ClusterSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** ClusterSpec heartbeatPeriodMs */
                heartbeatPeriodMs?: (number|null);

                /** ClusterSpec nodeCertExpiryMs */
                nodeCertExpiryMs?: (number|null);

                /** ClusterSpec taskHistoryLimit */
                taskHistoryLimit?: (number|null);

                /** ClusterSpec raft */
                raft?: (shoal.v1.RaftConfig.$Properties|null);

                /** ClusterSpec externalCas */
                externalCas?: (shoal.v1.ExternalCA.$Properties[]|null);

                /** ClusterSpec caForceRotate */
                caForceRotate?: (number|null);

                /** ClusterSpec encryptionConfig */
                encryptionConfig?: (shoal.v1.EncryptionConfig.$Properties|null);

                /** ClusterSpec taskLimit */
                taskLimit?: (number|null);

                /** ClusterSpec defaultAddrPool */
                defaultAddrPool?: (string[]|null);

                /** ClusterSpec subnetSize */
                subnetSize?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterSpec. */
            type $Shape = shoal.v1.ClusterSpec.$Properties;
        }

        /**
         * Properties of an EncryptionConfig.
         * @deprecated Use shoal.v1.EncryptionConfig.$Properties instead.
         */
        interface IEncryptionConfig extends shoal.v1.EncryptionConfig.$Properties {
        }

        /** Represents an EncryptionConfig. */
        class EncryptionConfig {

            /**
             * Constructs a new EncryptionConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.EncryptionConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EncryptionConfig autoLockManagers. */
            autoLockManagers: boolean;

            /**
             * Creates a new EncryptionConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EncryptionConfig instance
             */
            static create(properties: shoal.v1.EncryptionConfig.$Shape): shoal.v1.EncryptionConfig & shoal.v1.EncryptionConfig.$Shape;
            static create(properties?: shoal.v1.EncryptionConfig.$Properties): shoal.v1.EncryptionConfig;

            /**
             * Encodes the specified EncryptionConfig message. Does not implicitly {@link shoal.v1.EncryptionConfig.verify|verify} messages.
             * @param message EncryptionConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.EncryptionConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EncryptionConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.EncryptionConfig & shoal.v1.EncryptionConfig.$Shape} EncryptionConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.EncryptionConfig & shoal.v1.EncryptionConfig.$Shape;

            /**
             * Creates an EncryptionConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EncryptionConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.EncryptionConfig;

            /**
             * Creates a plain object from an EncryptionConfig message. Also converts values to other types if specified.
             * @param message EncryptionConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.EncryptionConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EncryptionConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EncryptionConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncryptionConfig {

            /** Properties of an EncryptionConfig. */
            interface $Properties {

                /** EncryptionConfig autoLockManagers */
                autoLockManagers?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EncryptionConfig. */
            type $Shape = shoal.v1.EncryptionConfig.$Properties;
        }

        /**
         * Properties of an ExternalCA.
         * @deprecated Use shoal.v1.ExternalCA.$Properties instead.
         */
        interface IExternalCA extends shoal.v1.ExternalCA.$Properties {
        }

        /** Represents an ExternalCA. */
        class ExternalCA {

            /**
             * Constructs a new ExternalCA.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ExternalCA.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExternalCA protocol. */
            protocol: string;

            /** ExternalCA url. */
            url: string;

            /**
             * Creates a new ExternalCA instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExternalCA instance
             */
            static create(properties: shoal.v1.ExternalCA.$Shape): shoal.v1.ExternalCA & shoal.v1.ExternalCA.$Shape;
            static create(properties?: shoal.v1.ExternalCA.$Properties): shoal.v1.ExternalCA;

            /**
             * Encodes the specified ExternalCA message. Does not implicitly {@link shoal.v1.ExternalCA.verify|verify} messages.
             * @param message ExternalCA message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ExternalCA.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExternalCA message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ExternalCA & shoal.v1.ExternalCA.$Shape} ExternalCA
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ExternalCA & shoal.v1.ExternalCA.$Shape;

            /**
             * Creates an ExternalCA message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExternalCA
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ExternalCA;

            /**
             * Creates a plain object from an ExternalCA message. Also converts values to other types if specified.
             * @param message ExternalCA
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ExternalCA, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExternalCA to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExternalCA
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExternalCA {

            /** Properties of an ExternalCA. */
            interface $Properties {

                /** ExternalCA protocol */
                protocol?: (string|null);

                /** ExternalCA url */
                url?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExternalCA. */
            type $Shape = shoal.v1.ExternalCA.$Properties;
        }

        /**
         * Properties of a RaftConfig.
         * @deprecated Use shoal.v1.RaftConfig.$Properties instead.
         */
        interface IRaftConfig extends shoal.v1.RaftConfig.$Properties {
        }

        /** Represents a RaftConfig. */
        class RaftConfig {

            /**
             * Constructs a new RaftConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RaftConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftConfig tickMs. */
            tickMs: number;

            /** RaftConfig electionTicks. */
            electionTicks: number;

            /** RaftConfig heartbeatTicks. */
            heartbeatTicks: number;

            /** RaftConfig snapshotInterval. */
            snapshotInterval: number;

            /** RaftConfig keepOldSnapshots. */
            keepOldSnapshots: number;

            /** RaftConfig logEntriesForSlowFollowers. */
            logEntriesForSlowFollowers?: (number|null);

            /**
             * Creates a new RaftConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftConfig instance
             */
            static create(properties: shoal.v1.RaftConfig.$Shape): shoal.v1.RaftConfig & shoal.v1.RaftConfig.$Shape;
            static create(properties?: shoal.v1.RaftConfig.$Properties): shoal.v1.RaftConfig;

            /**
             * Encodes the specified RaftConfig message. Does not implicitly {@link shoal.v1.RaftConfig.verify|verify} messages.
             * @param message RaftConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RaftConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RaftConfig & shoal.v1.RaftConfig.$Shape} RaftConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RaftConfig & shoal.v1.RaftConfig.$Shape;

            /**
             * Creates a RaftConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftConfig
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RaftConfig;

            /**
             * Creates a plain object from a RaftConfig message. Also converts values to other types if specified.
             * @param message RaftConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RaftConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftConfig {

            /** Properties of a RaftConfig. */
            interface $Properties {

                /** RaftConfig tickMs */
                tickMs?: (number|null);

                /** RaftConfig electionTicks */
                electionTicks?: (number|null);

                /** RaftConfig heartbeatTicks */
                heartbeatTicks?: (number|null);

                /** RaftConfig snapshotInterval */
                snapshotInterval?: (number|null);

                /** RaftConfig keepOldSnapshots */
                keepOldSnapshots?: (number|null);

                /** RaftConfig logEntriesForSlowFollowers */
                logEntriesForSlowFollowers?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftConfig. */
            type $Shape = shoal.v1.RaftConfig.$Properties;
        }

        /**
         * Properties of a Cluster.
         * @deprecated Use shoal.v1.Cluster.$Properties instead.
         */
        interface ICluster extends shoal.v1.Cluster.$Properties {
        }

        /** Represents a Cluster. */
        class Cluster {

            /**
             * Constructs a new Cluster.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Cluster.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cluster meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Cluster spec. */
            spec?: (shoal.v1.ClusterSpec.$Properties|null);

            /** Cluster joinTokens. */
            joinTokens?: (shoal.v1.JoinTokens.$Properties|null);

            /** Cluster rootCaCertPem. */
            rootCaCertPem: string;

            /** Cluster rootCaKeyPem. */
            rootCaKeyPem: string;

            /** Cluster rootRotation. */
            rootRotation?: (shoal.v1.RootRotation.$Properties|null);

            /** Cluster lastForcedRotation. */
            lastForcedRotation: number;

            /** Cluster sealedUnlockKey. */
            sealedUnlockKey: Uint8Array;

            /**
             * Creates a new Cluster instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cluster instance
             */
            static create(properties: shoal.v1.Cluster.$Shape): shoal.v1.Cluster & shoal.v1.Cluster.$Shape;
            static create(properties?: shoal.v1.Cluster.$Properties): shoal.v1.Cluster;

            /**
             * Encodes the specified Cluster message. Does not implicitly {@link shoal.v1.Cluster.verify|verify} messages.
             * @param message Cluster message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Cluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cluster message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Cluster & shoal.v1.Cluster.$Shape} Cluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Cluster & shoal.v1.Cluster.$Shape;

            /**
             * Creates a Cluster message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Cluster
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Cluster;

            /**
             * Creates a plain object from a Cluster message. Also converts values to other types if specified.
             * @param message Cluster
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Cluster, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cluster to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Cluster
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cluster {

            /** Properties of a Cluster. */
            interface $Properties {

                /** Cluster meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Cluster spec */
                spec?: (shoal.v1.ClusterSpec.$Properties|null);

                /** Cluster joinTokens */
                joinTokens?: (shoal.v1.JoinTokens.$Properties|null);

                /** Cluster rootCaCertPem */
                rootCaCertPem?: (string|null);

                /** Cluster rootCaKeyPem */
                rootCaKeyPem?: (string|null);

                /** Cluster rootRotation */
                rootRotation?: (shoal.v1.RootRotation.$Properties|null);

                /** Cluster lastForcedRotation */
                lastForcedRotation?: (number|null);

                /** Cluster sealedUnlockKey */
                sealedUnlockKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cluster. */
            type $Shape = shoal.v1.Cluster.$Properties;
        }

        /**
         * Properties of a RootRotation.
         * @deprecated Use shoal.v1.RootRotation.$Properties instead.
         */
        interface IRootRotation extends shoal.v1.RootRotation.$Properties {
        }

        /** Represents a RootRotation. */
        class RootRotation {

            /**
             * Constructs a new RootRotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RootRotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RootRotation caCertPem. */
            caCertPem: string;

            /** RootRotation caKeyPem. */
            caKeyPem: string;

            /** RootRotation crossSignedCaCertPem. */
            crossSignedCaCertPem: string;

            /**
             * Creates a new RootRotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RootRotation instance
             */
            static create(properties: shoal.v1.RootRotation.$Shape): shoal.v1.RootRotation & shoal.v1.RootRotation.$Shape;
            static create(properties?: shoal.v1.RootRotation.$Properties): shoal.v1.RootRotation;

            /**
             * Encodes the specified RootRotation message. Does not implicitly {@link shoal.v1.RootRotation.verify|verify} messages.
             * @param message RootRotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RootRotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RootRotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RootRotation & shoal.v1.RootRotation.$Shape} RootRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RootRotation & shoal.v1.RootRotation.$Shape;

            /**
             * Creates a RootRotation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RootRotation
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RootRotation;

            /**
             * Creates a plain object from a RootRotation message. Also converts values to other types if specified.
             * @param message RootRotation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RootRotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RootRotation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RootRotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RootRotation {

            /** Properties of a RootRotation. */
            interface $Properties {

                /** RootRotation caCertPem */
                caCertPem?: (string|null);

                /** RootRotation caKeyPem */
                caKeyPem?: (string|null);

                /** RootRotation crossSignedCaCertPem */
                crossSignedCaCertPem?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RootRotation. */
            type $Shape = shoal.v1.RootRotation.$Properties;
        }

        /**
         * Properties of a ConfigSpec.
         * @deprecated Use shoal.v1.ConfigSpec.$Properties instead.
         */
        interface IConfigSpec extends shoal.v1.ConfigSpec.$Properties {
        }

        /** Represents a ConfigSpec. */
        class ConfigSpec {

            /**
             * Constructs a new ConfigSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ConfigSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigSpec annotations. */
            annotations?: (shoal.v1.Annotations.$Properties|null);

            /** ConfigSpec data. */
            data: Uint8Array;

            /**
             * Creates a new ConfigSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigSpec instance
             */
            static create(properties: shoal.v1.ConfigSpec.$Shape): shoal.v1.ConfigSpec & shoal.v1.ConfigSpec.$Shape;
            static create(properties?: shoal.v1.ConfigSpec.$Properties): shoal.v1.ConfigSpec;

            /**
             * Encodes the specified ConfigSpec message. Does not implicitly {@link shoal.v1.ConfigSpec.verify|verify} messages.
             * @param message ConfigSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ConfigSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ConfigSpec & shoal.v1.ConfigSpec.$Shape} ConfigSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ConfigSpec & shoal.v1.ConfigSpec.$Shape;

            /**
             * Creates a ConfigSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigSpec
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ConfigSpec;

            /**
             * Creates a plain object from a ConfigSpec message. Also converts values to other types if specified.
             * @param message ConfigSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ConfigSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigSpec {

            /** Properties of a ConfigSpec. */
            interface $Properties {

                /** ConfigSpec annotations */
                annotations?: (shoal.v1.Annotations.$Properties|null);

                /** ConfigSpec data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigSpec. */
            type $Shape = shoal.v1.ConfigSpec.$Properties;
        }

        /**
         * Properties of a Config.
         * @deprecated Use shoal.v1.Config.$Properties instead.
         */
        interface IConfig extends shoal.v1.Config.$Properties {
        }

        /** Represents a Config. */
        class Config {

            /**
             * Constructs a new Config.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.Config.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Config meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** Config spec. */
            spec?: (shoal.v1.ConfigSpec.$Properties|null);

            /**
             * Creates a new Config instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Config instance
             */
            static create(properties: shoal.v1.Config.$Shape): shoal.v1.Config & shoal.v1.Config.$Shape;
            static create(properties?: shoal.v1.Config.$Properties): shoal.v1.Config;

            /**
             * Encodes the specified Config message. Does not implicitly {@link shoal.v1.Config.verify|verify} messages.
             * @param message Config message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.Config.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Config message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.Config & shoal.v1.Config.$Shape} Config
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.Config & shoal.v1.Config.$Shape;

            /**
             * Creates a Config message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Config
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.Config;

            /**
             * Creates a plain object from a Config message. Also converts values to other types if specified.
             * @param message Config
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.Config, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Config to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Config
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Config {

            /** Properties of a Config. */
            interface $Properties {

                /** Config meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** Config spec */
                spec?: (shoal.v1.ConfigSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Config. */
            type $Shape = shoal.v1.Config.$Properties;
        }

        /** Represents a NodeCA */
        class NodeCA extends $protobuf.rpc.Service {

            /**
             * Constructs a new NodeCA service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new NodeCA service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): NodeCA;

            /** Calls GetRootCACertificate. */
            getRootCACertificate: shoal.v1.NodeCA.GetRootCACertificate;

            /** Calls IssueNodeCertificate. */
            issueNodeCertificate: shoal.v1.NodeCA.IssueNodeCertificate;

            /** Calls RenewNodeCertificate. */
            renewNodeCertificate: shoal.v1.NodeCA.RenewNodeCertificate;
        }

        namespace NodeCA {

            /**
             * Callback as used by {@link shoal.v1.NodeCA#getRootCACertificate}.
             * @param error Error, if any
             * @param [response] GetRootCACertificateResponse
             */
            type GetRootCACertificateCallback = (error: (Error|null), response?: shoal.v1.GetRootCACertificateResponse) => void;

            /** Calls GetRootCACertificate. */
            type GetRootCACertificate = {
              (request: shoal.v1.IGetRootCACertificateRequest, callback: shoal.v1.NodeCA.GetRootCACertificateCallback): void;
              (request: shoal.v1.IGetRootCACertificateRequest): Promise<shoal.v1.GetRootCACertificateResponse>;
              readonly name: "GetRootCACertificate";
              readonly path: "/shoal.v1.NodeCA/GetRootCACertificate";
              readonly requestType: "GetRootCACertificateRequest";
              readonly responseType: "GetRootCACertificateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.NodeCA#issueNodeCertificate}.
             * @param error Error, if any
             * @param [response] IssueNodeCertificateResponse
             */
            type IssueNodeCertificateCallback = (error: (Error|null), response?: shoal.v1.IssueNodeCertificateResponse) => void;

            /** Calls IssueNodeCertificate. */
            type IssueNodeCertificate = {
              (request: shoal.v1.IIssueNodeCertificateRequest, callback: shoal.v1.NodeCA.IssueNodeCertificateCallback): void;
              (request: shoal.v1.IIssueNodeCertificateRequest): Promise<shoal.v1.IssueNodeCertificateResponse>;
              readonly name: "IssueNodeCertificate";
              readonly path: "/shoal.v1.NodeCA/IssueNodeCertificate";
              readonly requestType: "IssueNodeCertificateRequest";
              readonly responseType: "IssueNodeCertificateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.NodeCA#renewNodeCertificate}.
             * @param error Error, if any
             * @param [response] IssueNodeCertificateResponse
             */
            type RenewNodeCertificateCallback = (error: (Error|null), response?: shoal.v1.IssueNodeCertificateResponse) => void;

            /** Calls RenewNodeCertificate. */
            type RenewNodeCertificate = {
              (request: shoal.v1.IRenewNodeCertificateRequest, callback: shoal.v1.NodeCA.RenewNodeCertificateCallback): void;
              (request: shoal.v1.IRenewNodeCertificateRequest): Promise<shoal.v1.IssueNodeCertificateResponse>;
              readonly name: "RenewNodeCertificate";
              readonly path: "/shoal.v1.NodeCA/RenewNodeCertificate";
              readonly requestType: "RenewNodeCertificateRequest";
              readonly responseType: "IssueNodeCertificateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a RenewNodeCertificateRequest.
         * @deprecated Use shoal.v1.RenewNodeCertificateRequest.$Properties instead.
         */
        interface IRenewNodeCertificateRequest extends shoal.v1.RenewNodeCertificateRequest.$Properties {
        }

        /** Represents a RenewNodeCertificateRequest. */
        class RenewNodeCertificateRequest {

            /**
             * Constructs a new RenewNodeCertificateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RenewNodeCertificateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RenewNodeCertificateRequest csrPem. */
            csrPem: string;

            /**
             * Creates a new RenewNodeCertificateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenewNodeCertificateRequest instance
             */
            static create(properties: shoal.v1.RenewNodeCertificateRequest.$Shape): shoal.v1.RenewNodeCertificateRequest & shoal.v1.RenewNodeCertificateRequest.$Shape;
            static create(properties?: shoal.v1.RenewNodeCertificateRequest.$Properties): shoal.v1.RenewNodeCertificateRequest;

            /**
             * Encodes the specified RenewNodeCertificateRequest message. Does not implicitly {@link shoal.v1.RenewNodeCertificateRequest.verify|verify} messages.
             * @param message RenewNodeCertificateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RenewNodeCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenewNodeCertificateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RenewNodeCertificateRequest & shoal.v1.RenewNodeCertificateRequest.$Shape} RenewNodeCertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RenewNodeCertificateRequest & shoal.v1.RenewNodeCertificateRequest.$Shape;

            /**
             * Creates a RenewNodeCertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenewNodeCertificateRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RenewNodeCertificateRequest;

            /**
             * Creates a plain object from a RenewNodeCertificateRequest message. Also converts values to other types if specified.
             * @param message RenewNodeCertificateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RenewNodeCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenewNodeCertificateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RenewNodeCertificateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RenewNodeCertificateRequest {

            /** Properties of a RenewNodeCertificateRequest. */
            interface $Properties {

                /** RenewNodeCertificateRequest csrPem */
                csrPem?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RenewNodeCertificateRequest. */
            type $Shape = shoal.v1.RenewNodeCertificateRequest.$Properties;
        }

        /**
         * Properties of a GetRootCACertificateRequest.
         * @deprecated Use shoal.v1.GetRootCACertificateRequest.$Properties instead.
         */
        interface IGetRootCACertificateRequest extends shoal.v1.GetRootCACertificateRequest.$Properties {
        }

        /** Represents a GetRootCACertificateRequest. */
        class GetRootCACertificateRequest {

            /**
             * Constructs a new GetRootCACertificateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.GetRootCACertificateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetRootCACertificateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRootCACertificateRequest instance
             */
            static create(properties: shoal.v1.GetRootCACertificateRequest.$Shape): shoal.v1.GetRootCACertificateRequest & shoal.v1.GetRootCACertificateRequest.$Shape;
            static create(properties?: shoal.v1.GetRootCACertificateRequest.$Properties): shoal.v1.GetRootCACertificateRequest;

            /**
             * Encodes the specified GetRootCACertificateRequest message. Does not implicitly {@link shoal.v1.GetRootCACertificateRequest.verify|verify} messages.
             * @param message GetRootCACertificateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.GetRootCACertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRootCACertificateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.GetRootCACertificateRequest & shoal.v1.GetRootCACertificateRequest.$Shape} GetRootCACertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.GetRootCACertificateRequest & shoal.v1.GetRootCACertificateRequest.$Shape;

            /**
             * Creates a GetRootCACertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRootCACertificateRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.GetRootCACertificateRequest;

            /**
             * Creates a plain object from a GetRootCACertificateRequest message. Also converts values to other types if specified.
             * @param message GetRootCACertificateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.GetRootCACertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRootCACertificateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRootCACertificateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRootCACertificateRequest {

            /** Properties of a GetRootCACertificateRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRootCACertificateRequest. */
            type $Shape = shoal.v1.GetRootCACertificateRequest.$Properties;
        }

        /**
         * Properties of a GetRootCACertificateResponse.
         * @deprecated Use shoal.v1.GetRootCACertificateResponse.$Properties instead.
         */
        interface IGetRootCACertificateResponse extends shoal.v1.GetRootCACertificateResponse.$Properties {
        }

        /** Represents a GetRootCACertificateResponse. */
        class GetRootCACertificateResponse {

            /**
             * Constructs a new GetRootCACertificateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.GetRootCACertificateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRootCACertificateResponse certificatePem. */
            certificatePem: string;

            /**
             * Creates a new GetRootCACertificateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRootCACertificateResponse instance
             */
            static create(properties: shoal.v1.GetRootCACertificateResponse.$Shape): shoal.v1.GetRootCACertificateResponse & shoal.v1.GetRootCACertificateResponse.$Shape;
            static create(properties?: shoal.v1.GetRootCACertificateResponse.$Properties): shoal.v1.GetRootCACertificateResponse;

            /**
             * Encodes the specified GetRootCACertificateResponse message. Does not implicitly {@link shoal.v1.GetRootCACertificateResponse.verify|verify} messages.
             * @param message GetRootCACertificateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.GetRootCACertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRootCACertificateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.GetRootCACertificateResponse & shoal.v1.GetRootCACertificateResponse.$Shape} GetRootCACertificateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.GetRootCACertificateResponse & shoal.v1.GetRootCACertificateResponse.$Shape;

            /**
             * Creates a GetRootCACertificateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRootCACertificateResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.GetRootCACertificateResponse;

            /**
             * Creates a plain object from a GetRootCACertificateResponse message. Also converts values to other types if specified.
             * @param message GetRootCACertificateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.GetRootCACertificateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRootCACertificateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRootCACertificateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRootCACertificateResponse {

            /** Properties of a GetRootCACertificateResponse. */
            interface $Properties {

                /** GetRootCACertificateResponse certificatePem */
                certificatePem?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRootCACertificateResponse. */
            type $Shape = shoal.v1.GetRootCACertificateResponse.$Properties;
        }

        /**
         * Properties of an IssueNodeCertificateRequest.
         * @deprecated Use shoal.v1.IssueNodeCertificateRequest.$Properties instead.
         */
        interface IIssueNodeCertificateRequest extends shoal.v1.IssueNodeCertificateRequest.$Properties {
        }

        /** Represents an IssueNodeCertificateRequest. */
        class IssueNodeCertificateRequest {

            /**
             * Constructs a new IssueNodeCertificateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.IssueNodeCertificateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IssueNodeCertificateRequest csrPem. */
            csrPem: string;

            /** IssueNodeCertificateRequest token. */
            token: string;

            /** IssueNodeCertificateRequest availability. */
            availability: string;

            /** IssueNodeCertificateRequest hostname. */
            hostname: string;

            /**
             * Creates a new IssueNodeCertificateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssueNodeCertificateRequest instance
             */
            static create(properties: shoal.v1.IssueNodeCertificateRequest.$Shape): shoal.v1.IssueNodeCertificateRequest & shoal.v1.IssueNodeCertificateRequest.$Shape;
            static create(properties?: shoal.v1.IssueNodeCertificateRequest.$Properties): shoal.v1.IssueNodeCertificateRequest;

            /**
             * Encodes the specified IssueNodeCertificateRequest message. Does not implicitly {@link shoal.v1.IssueNodeCertificateRequest.verify|verify} messages.
             * @param message IssueNodeCertificateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.IssueNodeCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssueNodeCertificateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.IssueNodeCertificateRequest & shoal.v1.IssueNodeCertificateRequest.$Shape} IssueNodeCertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.IssueNodeCertificateRequest & shoal.v1.IssueNodeCertificateRequest.$Shape;

            /**
             * Creates an IssueNodeCertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssueNodeCertificateRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.IssueNodeCertificateRequest;

            /**
             * Creates a plain object from an IssueNodeCertificateRequest message. Also converts values to other types if specified.
             * @param message IssueNodeCertificateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.IssueNodeCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssueNodeCertificateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IssueNodeCertificateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IssueNodeCertificateRequest {

            /** Properties of an IssueNodeCertificateRequest. */
            interface $Properties {

                /** IssueNodeCertificateRequest csrPem */
                csrPem?: (string|null);

                /** IssueNodeCertificateRequest token */
                token?: (string|null);

                /** IssueNodeCertificateRequest availability */
                availability?: (string|null);

                /** IssueNodeCertificateRequest hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IssueNodeCertificateRequest. */
            type $Shape = shoal.v1.IssueNodeCertificateRequest.$Properties;
        }

        /**
         * Properties of an IssueNodeCertificateResponse.
         * @deprecated Use shoal.v1.IssueNodeCertificateResponse.$Properties instead.
         */
        interface IIssueNodeCertificateResponse extends shoal.v1.IssueNodeCertificateResponse.$Properties {
        }

        /** Represents an IssueNodeCertificateResponse. */
        class IssueNodeCertificateResponse {

            /**
             * Constructs a new IssueNodeCertificateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.IssueNodeCertificateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IssueNodeCertificateResponse nodeId. */
            nodeId: string;

            /** IssueNodeCertificateResponse certificatePem. */
            certificatePem: string;

            /** IssueNodeCertificateResponse role. */
            role: string;

            /**
             * Creates a new IssueNodeCertificateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssueNodeCertificateResponse instance
             */
            static create(properties: shoal.v1.IssueNodeCertificateResponse.$Shape): shoal.v1.IssueNodeCertificateResponse & shoal.v1.IssueNodeCertificateResponse.$Shape;
            static create(properties?: shoal.v1.IssueNodeCertificateResponse.$Properties): shoal.v1.IssueNodeCertificateResponse;

            /**
             * Encodes the specified IssueNodeCertificateResponse message. Does not implicitly {@link shoal.v1.IssueNodeCertificateResponse.verify|verify} messages.
             * @param message IssueNodeCertificateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.IssueNodeCertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssueNodeCertificateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.IssueNodeCertificateResponse & shoal.v1.IssueNodeCertificateResponse.$Shape} IssueNodeCertificateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.IssueNodeCertificateResponse & shoal.v1.IssueNodeCertificateResponse.$Shape;

            /**
             * Creates an IssueNodeCertificateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssueNodeCertificateResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.IssueNodeCertificateResponse;

            /**
             * Creates a plain object from an IssueNodeCertificateResponse message. Also converts values to other types if specified.
             * @param message IssueNodeCertificateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.IssueNodeCertificateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssueNodeCertificateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IssueNodeCertificateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IssueNodeCertificateResponse {

            /** Properties of an IssueNodeCertificateResponse. */
            interface $Properties {

                /** IssueNodeCertificateResponse nodeId */
                nodeId?: (string|null);

                /** IssueNodeCertificateResponse certificatePem */
                certificatePem?: (string|null);

                /** IssueNodeCertificateResponse role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IssueNodeCertificateResponse. */
            type $Shape = shoal.v1.IssueNodeCertificateResponse.$Properties;
        }

        /** Represents a Dispatcher */
        class Dispatcher extends $protobuf.rpc.Service {

            /**
             * Constructs a new Dispatcher service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Dispatcher service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Dispatcher;

            /** Calls Session. */
            session: shoal.v1.Dispatcher.Session;

            /** Calls Heartbeat. */
            heartbeat: shoal.v1.Dispatcher.Heartbeat;

            /** Calls UpdateTaskStatus. */
            updateTaskStatus: shoal.v1.Dispatcher.UpdateTaskStatus;
        }

        namespace Dispatcher {

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#session}.
             * @param error Error, if any
             * @param [response] SessionMessage
             */
            type SessionCallback = (error: (Error|null), response?: shoal.v1.SessionMessage) => void;

            /** Calls Session. */
            type Session = {
              (request: shoal.v1.ISessionRequest, callback: shoal.v1.Dispatcher.SessionCallback): void;
              (request: shoal.v1.ISessionRequest): Promise<shoal.v1.SessionMessage>;
              readonly name: "Session";
              readonly path: "/shoal.v1.Dispatcher/Session";
              readonly requestType: "SessionRequest";
              readonly responseType: "SessionMessage";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#heartbeat}.
             * @param error Error, if any
             * @param [response] HeartbeatResponse
             */
            type HeartbeatCallback = (error: (Error|null), response?: shoal.v1.HeartbeatResponse) => void;

            /** Calls Heartbeat. */
            type Heartbeat = {
              (request: shoal.v1.IHeartbeatRequest, callback: shoal.v1.Dispatcher.HeartbeatCallback): void;
              (request: shoal.v1.IHeartbeatRequest): Promise<shoal.v1.HeartbeatResponse>;
              readonly name: "Heartbeat";
              readonly path: "/shoal.v1.Dispatcher/Heartbeat";
              readonly requestType: "HeartbeatRequest";
              readonly responseType: "HeartbeatResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.Dispatcher#updateTaskStatus}.
             * @param error Error, if any
             * @param [response] UpdateTaskStatusResponse
             */
            type UpdateTaskStatusCallback = (error: (Error|null), response?: shoal.v1.UpdateTaskStatusResponse) => void;

            /** Calls UpdateTaskStatus. */
            type UpdateTaskStatus = {
              (request: shoal.v1.IUpdateTaskStatusRequest, callback: shoal.v1.Dispatcher.UpdateTaskStatusCallback): void;
              (request: shoal.v1.IUpdateTaskStatusRequest): Promise<shoal.v1.UpdateTaskStatusResponse>;
              readonly name: "UpdateTaskStatus";
              readonly path: "/shoal.v1.Dispatcher/UpdateTaskStatus";
              readonly requestType: "UpdateTaskStatusRequest";
              readonly responseType: "UpdateTaskStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a SessionRequest.
         * @deprecated Use shoal.v1.SessionRequest.$Properties instead.
         */
        interface ISessionRequest extends shoal.v1.SessionRequest.$Properties {
        }

        /** Represents a SessionRequest. */
        class SessionRequest {

            /**
             * Constructs a new SessionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.SessionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionRequest description. */
            description?: (shoal.v1.NodeDescription.$Properties|null);

            /** SessionRequest addr. */
            addr: string;

            /**
             * Creates a new SessionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionRequest instance
             */
            static create(properties: shoal.v1.SessionRequest.$Shape): shoal.v1.SessionRequest & shoal.v1.SessionRequest.$Shape;
            static create(properties?: shoal.v1.SessionRequest.$Properties): shoal.v1.SessionRequest;

            /**
             * Encodes the specified SessionRequest message. Does not implicitly {@link shoal.v1.SessionRequest.verify|verify} messages.
             * @param message SessionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.SessionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.SessionRequest & shoal.v1.SessionRequest.$Shape} SessionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.SessionRequest & shoal.v1.SessionRequest.$Shape;

            /**
             * Creates a SessionRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.SessionRequest;

            /**
             * Creates a plain object from a SessionRequest message. Also converts values to other types if specified.
             * @param message SessionRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.SessionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionRequest {

            /** Properties of a SessionRequest. */
            interface $Properties {

                /** SessionRequest description */
                description?: (shoal.v1.NodeDescription.$Properties|null);

                /** SessionRequest addr */
                addr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionRequest. */
            type $Shape = shoal.v1.SessionRequest.$Properties;
        }

        /**
         * Properties of a ManagerPeer.
         * @deprecated Use shoal.v1.ManagerPeer.$Properties instead.
         */
        interface IManagerPeer extends shoal.v1.ManagerPeer.$Properties {
        }

        /** Represents a ManagerPeer. */
        class ManagerPeer {

            /**
             * Constructs a new ManagerPeer.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ManagerPeer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ManagerPeer nodeId. */
            nodeId: string;

            /** ManagerPeer addr. */
            addr: string;

            /**
             * Creates a new ManagerPeer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ManagerPeer instance
             */
            static create(properties: shoal.v1.ManagerPeer.$Shape): shoal.v1.ManagerPeer & shoal.v1.ManagerPeer.$Shape;
            static create(properties?: shoal.v1.ManagerPeer.$Properties): shoal.v1.ManagerPeer;

            /**
             * Encodes the specified ManagerPeer message. Does not implicitly {@link shoal.v1.ManagerPeer.verify|verify} messages.
             * @param message ManagerPeer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ManagerPeer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ManagerPeer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ManagerPeer & shoal.v1.ManagerPeer.$Shape} ManagerPeer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ManagerPeer & shoal.v1.ManagerPeer.$Shape;

            /**
             * Creates a ManagerPeer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ManagerPeer
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ManagerPeer;

            /**
             * Creates a plain object from a ManagerPeer message. Also converts values to other types if specified.
             * @param message ManagerPeer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ManagerPeer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ManagerPeer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ManagerPeer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ManagerPeer {

            /** Properties of a ManagerPeer. */
            interface $Properties {

                /** ManagerPeer nodeId */
                nodeId?: (string|null);

                /** ManagerPeer addr */
                addr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ManagerPeer. */
            type $Shape = shoal.v1.ManagerPeer.$Properties;
        }

        /**
         * Properties of an AssignmentSet.
         * @deprecated Use shoal.v1.AssignmentSet.$Properties instead.
         */
        interface IAssignmentSet extends shoal.v1.AssignmentSet.$Properties {
        }

        /** Represents an AssignmentSet. */
        class AssignmentSet {

            /**
             * Constructs a new AssignmentSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.AssignmentSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignmentSet type. */
            type: shoal.v1.AssignmentSet.Type;

            /** AssignmentSet tasks. */
            tasks: shoal.v1.Task.$Properties[];

            /** AssignmentSet removed. */
            removed: string[];

            /** AssignmentSet secrets. */
            secrets: shoal.v1.Secret.$Properties[];

            /** AssignmentSet removedSecrets. */
            removedSecrets: string[];

            /** AssignmentSet networkState. */
            networkState?: (shoal.v1.NodeNetworkState.$Properties|null);

            /** AssignmentSet configs. */
            configs: shoal.v1.Config.$Properties[];

            /** AssignmentSet removedConfigs. */
            removedConfigs: string[];

            /**
             * Creates a new AssignmentSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignmentSet instance
             */
            static create(properties: shoal.v1.AssignmentSet.$Shape): shoal.v1.AssignmentSet & shoal.v1.AssignmentSet.$Shape;
            static create(properties?: shoal.v1.AssignmentSet.$Properties): shoal.v1.AssignmentSet;

            /**
             * Encodes the specified AssignmentSet message. Does not implicitly {@link shoal.v1.AssignmentSet.verify|verify} messages.
             * @param message AssignmentSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.AssignmentSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignmentSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.AssignmentSet & shoal.v1.AssignmentSet.$Shape} AssignmentSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.AssignmentSet & shoal.v1.AssignmentSet.$Shape;

            /**
             * Creates an AssignmentSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssignmentSet
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.AssignmentSet;

            /**
             * Creates a plain object from an AssignmentSet message. Also converts values to other types if specified.
             * @param message AssignmentSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.AssignmentSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssignmentSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AssignmentSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AssignmentSet {

            /** Properties of an AssignmentSet. */
            interface $Properties {

                /** AssignmentSet type */
                type?: (shoal.v1.AssignmentSet.Type|null);

                /** AssignmentSet tasks */
                tasks?: (shoal.v1.Task.$Properties[]|null);

                /** AssignmentSet removed */
                removed?: (string[]|null);

                /** AssignmentSet secrets */
                secrets?: (shoal.v1.Secret.$Properties[]|null);

                /** AssignmentSet removedSecrets */
                removedSecrets?: (string[]|null);

                /** AssignmentSet networkState */
                networkState?: (shoal.v1.NodeNetworkState.$Properties|null);

                /** AssignmentSet configs */
                configs?: (shoal.v1.Config.$Properties[]|null);

                /** AssignmentSet removedConfigs */
                removedConfigs?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignmentSet. */
            type $Shape = shoal.v1.AssignmentSet.$Properties;

            /** Type enum. */
            enum Type {

                /** COMPLETE value */
                COMPLETE = 0,

                /** INCREMENTAL value */
                INCREMENTAL = 1
            }
        }

        /**
         * Properties of a NodeNetworkState.
         * @deprecated Use shoal.v1.NodeNetworkState.$Properties instead.
         */
        interface INodeNetworkState extends shoal.v1.NodeNetworkState.$Properties {
        }

        /** Represents a NodeNetworkState. */
        class NodeNetworkState {

            /**
             * Constructs a new NodeNetworkState.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NodeNetworkState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeNetworkState networks. */
            networks: shoal.v1.NetworkState.$Properties[];

            /**
             * Creates a new NodeNetworkState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeNetworkState instance
             */
            static create(properties: shoal.v1.NodeNetworkState.$Shape): shoal.v1.NodeNetworkState & shoal.v1.NodeNetworkState.$Shape;
            static create(properties?: shoal.v1.NodeNetworkState.$Properties): shoal.v1.NodeNetworkState;

            /**
             * Encodes the specified NodeNetworkState message. Does not implicitly {@link shoal.v1.NodeNetworkState.verify|verify} messages.
             * @param message NodeNetworkState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NodeNetworkState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeNetworkState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NodeNetworkState & shoal.v1.NodeNetworkState.$Shape} NodeNetworkState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NodeNetworkState & shoal.v1.NodeNetworkState.$Shape;

            /**
             * Creates a NodeNetworkState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeNetworkState
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NodeNetworkState;

            /**
             * Creates a plain object from a NodeNetworkState message. Also converts values to other types if specified.
             * @param message NodeNetworkState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NodeNetworkState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeNetworkState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeNetworkState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeNetworkState {

            /** Properties of a NodeNetworkState. */
            interface $Properties {

                /** NodeNetworkState networks */
                networks?: (shoal.v1.NetworkState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeNetworkState. */
            type $Shape = shoal.v1.NodeNetworkState.$Properties;
        }

        /**
         * Properties of a NetworkState.
         * @deprecated Use shoal.v1.NetworkState.$Properties instead.
         */
        interface INetworkState extends shoal.v1.NetworkState.$Properties {
        }

        /** Represents a NetworkState. */
        class NetworkState {

            /**
             * Constructs a new NetworkState.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NetworkState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkState network. */
            network?: (shoal.v1.Network.$Properties|null);

            /** NetworkState nodeAddress. */
            nodeAddress: string;

            /** NetworkState services. */
            services: shoal.v1.ServiceEndpoints.$Properties[];

            /** NetworkState peers. */
            peers: shoal.v1.NetworkPeer.$Properties[];

            /**
             * Creates a new NetworkState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkState instance
             */
            static create(properties: shoal.v1.NetworkState.$Shape): shoal.v1.NetworkState & shoal.v1.NetworkState.$Shape;
            static create(properties?: shoal.v1.NetworkState.$Properties): shoal.v1.NetworkState;

            /**
             * Encodes the specified NetworkState message. Does not implicitly {@link shoal.v1.NetworkState.verify|verify} messages.
             * @param message NetworkState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NetworkState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NetworkState & shoal.v1.NetworkState.$Shape} NetworkState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NetworkState & shoal.v1.NetworkState.$Shape;

            /**
             * Creates a NetworkState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkState
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NetworkState;

            /**
             * Creates a plain object from a NetworkState message. Also converts values to other types if specified.
             * @param message NetworkState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NetworkState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkState {

            /** Properties of a NetworkState. */
            interface $Properties {

                /** NetworkState network */
                network?: (shoal.v1.Network.$Properties|null);

                /** NetworkState nodeAddress */
                nodeAddress?: (string|null);

                /** NetworkState services */
                services?: (shoal.v1.ServiceEndpoints.$Properties[]|null);

                /** NetworkState peers */
                peers?: (shoal.v1.NetworkPeer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkState. */
            type $Shape = shoal.v1.NetworkState.$Properties;
        }

        /**
         * Properties of a NetworkPeer.
         * @deprecated Use shoal.v1.NetworkPeer.$Properties instead.
         */
        interface INetworkPeer extends shoal.v1.NetworkPeer.$Properties {
        }

        /** Represents a NetworkPeer. */
        class NetworkPeer {

            /**
             * Constructs a new NetworkPeer.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.NetworkPeer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkPeer nodeId. */
            nodeId: string;

            /** NetworkPeer address. */
            address: string;

            /** NetworkPeer nodeAddr. */
            nodeAddr: string;

            /**
             * Creates a new NetworkPeer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkPeer instance
             */
            static create(properties: shoal.v1.NetworkPeer.$Shape): shoal.v1.NetworkPeer & shoal.v1.NetworkPeer.$Shape;
            static create(properties?: shoal.v1.NetworkPeer.$Properties): shoal.v1.NetworkPeer;

            /**
             * Encodes the specified NetworkPeer message. Does not implicitly {@link shoal.v1.NetworkPeer.verify|verify} messages.
             * @param message NetworkPeer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.NetworkPeer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkPeer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.NetworkPeer & shoal.v1.NetworkPeer.$Shape} NetworkPeer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.NetworkPeer & shoal.v1.NetworkPeer.$Shape;

            /**
             * Creates a NetworkPeer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkPeer
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.NetworkPeer;

            /**
             * Creates a plain object from a NetworkPeer message. Also converts values to other types if specified.
             * @param message NetworkPeer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.NetworkPeer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkPeer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkPeer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkPeer {

            /** Properties of a NetworkPeer. */
            interface $Properties {

                /** NetworkPeer nodeId */
                nodeId?: (string|null);

                /** NetworkPeer address */
                address?: (string|null);

                /** NetworkPeer nodeAddr */
                nodeAddr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkPeer. */
            type $Shape = shoal.v1.NetworkPeer.$Properties;
        }

        /**
         * Properties of a ServiceEndpoints.
         * @deprecated Use shoal.v1.ServiceEndpoints.$Properties instead.
         */
        interface IServiceEndpoints extends shoal.v1.ServiceEndpoints.$Properties {
        }

        /** Represents a ServiceEndpoints. */
        class ServiceEndpoints {

            /**
             * Constructs a new ServiceEndpoints.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ServiceEndpoints.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceEndpoints serviceId. */
            serviceId: string;

            /** ServiceEndpoints serviceName. */
            serviceName: string;

            /** ServiceEndpoints aliases. */
            aliases: string[];

            /** ServiceEndpoints endpointMode. */
            endpointMode: string;

            /** ServiceEndpoints vip. */
            vip: string;

            /** ServiceEndpoints ports. */
            ports: shoal.v1.PortConfig.$Properties[];

            /** ServiceEndpoints tasks. */
            tasks: shoal.v1.EndpointTask.$Properties[];

            /**
             * Creates a new ServiceEndpoints instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceEndpoints instance
             */
            static create(properties: shoal.v1.ServiceEndpoints.$Shape): shoal.v1.ServiceEndpoints & shoal.v1.ServiceEndpoints.$Shape;
            static create(properties?: shoal.v1.ServiceEndpoints.$Properties): shoal.v1.ServiceEndpoints;

            /**
             * Encodes the specified ServiceEndpoints message. Does not implicitly {@link shoal.v1.ServiceEndpoints.verify|verify} messages.
             * @param message ServiceEndpoints message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ServiceEndpoints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceEndpoints message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ServiceEndpoints & shoal.v1.ServiceEndpoints.$Shape} ServiceEndpoints
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ServiceEndpoints & shoal.v1.ServiceEndpoints.$Shape;

            /**
             * Creates a ServiceEndpoints message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceEndpoints
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ServiceEndpoints;

            /**
             * Creates a plain object from a ServiceEndpoints message. Also converts values to other types if specified.
             * @param message ServiceEndpoints
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ServiceEndpoints, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceEndpoints to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceEndpoints
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceEndpoints {

            /** Properties of a ServiceEndpoints. */
            interface $Properties {

                /** ServiceEndpoints serviceId */
                serviceId?: (string|null);

                /** ServiceEndpoints serviceName */
                serviceName?: (string|null);

                /** ServiceEndpoints aliases */
                aliases?: (string[]|null);

                /** ServiceEndpoints endpointMode */
                endpointMode?: (string|null);

                /** ServiceEndpoints vip */
                vip?: (string|null);

                /** ServiceEndpoints ports */
                ports?: (shoal.v1.PortConfig.$Properties[]|null);

                /** ServiceEndpoints tasks */
                tasks?: (shoal.v1.EndpointTask.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceEndpoints. */
            type $Shape = shoal.v1.ServiceEndpoints.$Properties;
        }

        /**
         * Properties of an EndpointTask.
         * @deprecated Use shoal.v1.EndpointTask.$Properties instead.
         */
        interface IEndpointTask extends shoal.v1.EndpointTask.$Properties {
        }

        /** Represents an EndpointTask. */
        class EndpointTask {

            /**
             * Constructs a new EndpointTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.EndpointTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointTask taskId. */
            taskId: string;

            /** EndpointTask nodeId. */
            nodeId: string;

            /** EndpointTask nodeAddr. */
            nodeAddr: string;

            /** EndpointTask address. */
            address: string;

            /** EndpointTask active. */
            active: boolean;

            /** EndpointTask slot. */
            slot: number;

            /**
             * Creates a new EndpointTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointTask instance
             */
            static create(properties: shoal.v1.EndpointTask.$Shape): shoal.v1.EndpointTask & shoal.v1.EndpointTask.$Shape;
            static create(properties?: shoal.v1.EndpointTask.$Properties): shoal.v1.EndpointTask;

            /**
             * Encodes the specified EndpointTask message. Does not implicitly {@link shoal.v1.EndpointTask.verify|verify} messages.
             * @param message EndpointTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.EndpointTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.EndpointTask & shoal.v1.EndpointTask.$Shape} EndpointTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.EndpointTask & shoal.v1.EndpointTask.$Shape;

            /**
             * Creates an EndpointTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndpointTask
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.EndpointTask;

            /**
             * Creates a plain object from an EndpointTask message. Also converts values to other types if specified.
             * @param message EndpointTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.EndpointTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndpointTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndpointTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndpointTask {

            /** Properties of an EndpointTask. */
            interface $Properties {

                /** EndpointTask taskId */
                taskId?: (string|null);

                /** EndpointTask nodeId */
                nodeId?: (string|null);

                /** EndpointTask nodeAddr */
                nodeAddr?: (string|null);

                /** EndpointTask address */
                address?: (string|null);

                /** EndpointTask active */
                active?: (boolean|null);

                /** EndpointTask slot */
                slot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointTask. */
            type $Shape = shoal.v1.EndpointTask.$Properties;
        }

        /**
         * Properties of a SessionMessage.
         * @deprecated Use shoal.v1.SessionMessage.$Properties instead.
         */
        interface ISessionMessage extends shoal.v1.SessionMessage.$Properties {
        }

        /** Represents a SessionMessage. */
        class SessionMessage {

            /**
             * Constructs a new SessionMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.SessionMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionMessage sessionId. */
            sessionId: string;

            /** SessionMessage heartbeatPeriodMs. */
            heartbeatPeriodMs: number;

            /** SessionMessage managers. */
            managers: shoal.v1.ManagerPeer.$Properties[];

            /** SessionMessage assignments. */
            assignments?: (shoal.v1.AssignmentSet.$Properties|null);

            /**
             * Creates a new SessionMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionMessage instance
             */
            static create(properties: shoal.v1.SessionMessage.$Shape): shoal.v1.SessionMessage & shoal.v1.SessionMessage.$Shape;
            static create(properties?: shoal.v1.SessionMessage.$Properties): shoal.v1.SessionMessage;

            /**
             * Encodes the specified SessionMessage message. Does not implicitly {@link shoal.v1.SessionMessage.verify|verify} messages.
             * @param message SessionMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.SessionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.SessionMessage & shoal.v1.SessionMessage.$Shape} SessionMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.SessionMessage & shoal.v1.SessionMessage.$Shape;

            /**
             * Creates a SessionMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionMessage
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.SessionMessage;

            /**
             * Creates a plain object from a SessionMessage message. Also converts values to other types if specified.
             * @param message SessionMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.SessionMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionMessage {

            /** Properties of a SessionMessage. */
            interface $Properties {

                /** SessionMessage sessionId */
                sessionId?: (string|null);

                /** SessionMessage heartbeatPeriodMs */
                heartbeatPeriodMs?: (number|null);

                /** SessionMessage managers */
                managers?: (shoal.v1.ManagerPeer.$Properties[]|null);

                /** SessionMessage assignments */
                assignments?: (shoal.v1.AssignmentSet.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionMessage. */
            type $Shape = shoal.v1.SessionMessage.$Properties;
        }

        /**
         * Properties of a HeartbeatRequest.
         * @deprecated Use shoal.v1.HeartbeatRequest.$Properties instead.
         */
        interface IHeartbeatRequest extends shoal.v1.HeartbeatRequest.$Properties {
        }

        /** Represents a HeartbeatRequest. */
        class HeartbeatRequest {

            /**
             * Constructs a new HeartbeatRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.HeartbeatRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatRequest sessionId. */
            sessionId: string;

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatRequest instance
             */
            static create(properties: shoal.v1.HeartbeatRequest.$Shape): shoal.v1.HeartbeatRequest & shoal.v1.HeartbeatRequest.$Shape;
            static create(properties?: shoal.v1.HeartbeatRequest.$Properties): shoal.v1.HeartbeatRequest;

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link shoal.v1.HeartbeatRequest.verify|verify} messages.
             * @param message HeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.HeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.HeartbeatRequest & shoal.v1.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.HeartbeatRequest & shoal.v1.HeartbeatRequest.$Shape;

            /**
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.HeartbeatRequest;

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @param message HeartbeatRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.HeartbeatRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeartbeatRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatRequest {

            /** Properties of a HeartbeatRequest. */
            interface $Properties {

                /** HeartbeatRequest sessionId */
                sessionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatRequest. */
            type $Shape = shoal.v1.HeartbeatRequest.$Properties;
        }

        /**
         * Properties of a HeartbeatResponse.
         * @deprecated Use shoal.v1.HeartbeatResponse.$Properties instead.
         */
        interface IHeartbeatResponse extends shoal.v1.HeartbeatResponse.$Properties {
        }

        /** Represents a HeartbeatResponse. */
        class HeartbeatResponse {

            /**
             * Constructs a new HeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.HeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatResponse periodMs. */
            periodMs: number;

            /** HeartbeatResponse role. */
            role: string;

            /** HeartbeatResponse trustRoot. */
            trustRoot: string;

            /** HeartbeatResponse renewCertificate. */
            renewCertificate: boolean;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatResponse instance
             */
            static create(properties: shoal.v1.HeartbeatResponse.$Shape): shoal.v1.HeartbeatResponse & shoal.v1.HeartbeatResponse.$Shape;
            static create(properties?: shoal.v1.HeartbeatResponse.$Properties): shoal.v1.HeartbeatResponse;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link shoal.v1.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.HeartbeatResponse & shoal.v1.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.HeartbeatResponse & shoal.v1.HeartbeatResponse.$Shape;

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.HeartbeatResponse;

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @param message HeartbeatResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.HeartbeatResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeartbeatResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatResponse {

            /** Properties of a HeartbeatResponse. */
            interface $Properties {

                /** HeartbeatResponse periodMs */
                periodMs?: (number|null);

                /** HeartbeatResponse role */
                role?: (string|null);

                /** HeartbeatResponse trustRoot */
                trustRoot?: (string|null);

                /** HeartbeatResponse renewCertificate */
                renewCertificate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatResponse. */
            type $Shape = shoal.v1.HeartbeatResponse.$Properties;
        }

        /**
         * Properties of a TaskStatusUpdate.
         * @deprecated Use shoal.v1.TaskStatusUpdate.$Properties instead.
         */
        interface ITaskStatusUpdate extends shoal.v1.TaskStatusUpdate.$Properties {
        }

        /** Represents a TaskStatusUpdate. */
        class TaskStatusUpdate {

            /**
             * Constructs a new TaskStatusUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.TaskStatusUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskStatusUpdate taskId. */
            taskId: string;

            /** TaskStatusUpdate status. */
            status?: (shoal.v1.TaskStatus.$Properties|null);

            /**
             * Creates a new TaskStatusUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStatusUpdate instance
             */
            static create(properties: shoal.v1.TaskStatusUpdate.$Shape): shoal.v1.TaskStatusUpdate & shoal.v1.TaskStatusUpdate.$Shape;
            static create(properties?: shoal.v1.TaskStatusUpdate.$Properties): shoal.v1.TaskStatusUpdate;

            /**
             * Encodes the specified TaskStatusUpdate message. Does not implicitly {@link shoal.v1.TaskStatusUpdate.verify|verify} messages.
             * @param message TaskStatusUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.TaskStatusUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStatusUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.TaskStatusUpdate & shoal.v1.TaskStatusUpdate.$Shape} TaskStatusUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.TaskStatusUpdate & shoal.v1.TaskStatusUpdate.$Shape;

            /**
             * Creates a TaskStatusUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStatusUpdate
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.TaskStatusUpdate;

            /**
             * Creates a plain object from a TaskStatusUpdate message. Also converts values to other types if specified.
             * @param message TaskStatusUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.TaskStatusUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStatusUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskStatusUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStatusUpdate {

            /** Properties of a TaskStatusUpdate. */
            interface $Properties {

                /** TaskStatusUpdate taskId */
                taskId?: (string|null);

                /** TaskStatusUpdate status */
                status?: (shoal.v1.TaskStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskStatusUpdate. */
            type $Shape = shoal.v1.TaskStatusUpdate.$Properties;
        }

        /**
         * Properties of an UpdateTaskStatusRequest.
         * @deprecated Use shoal.v1.UpdateTaskStatusRequest.$Properties instead.
         */
        interface IUpdateTaskStatusRequest extends shoal.v1.UpdateTaskStatusRequest.$Properties {
        }

        /** Represents an UpdateTaskStatusRequest. */
        class UpdateTaskStatusRequest {

            /**
             * Constructs a new UpdateTaskStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.UpdateTaskStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateTaskStatusRequest sessionId. */
            sessionId: string;

            /** UpdateTaskStatusRequest updates. */
            updates: shoal.v1.TaskStatusUpdate.$Properties[];

            /**
             * Creates a new UpdateTaskStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateTaskStatusRequest instance
             */
            static create(properties: shoal.v1.UpdateTaskStatusRequest.$Shape): shoal.v1.UpdateTaskStatusRequest & shoal.v1.UpdateTaskStatusRequest.$Shape;
            static create(properties?: shoal.v1.UpdateTaskStatusRequest.$Properties): shoal.v1.UpdateTaskStatusRequest;

            /**
             * Encodes the specified UpdateTaskStatusRequest message. Does not implicitly {@link shoal.v1.UpdateTaskStatusRequest.verify|verify} messages.
             * @param message UpdateTaskStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.UpdateTaskStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateTaskStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateTaskStatusRequest & shoal.v1.UpdateTaskStatusRequest.$Shape} UpdateTaskStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.UpdateTaskStatusRequest & shoal.v1.UpdateTaskStatusRequest.$Shape;

            /**
             * Creates an UpdateTaskStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateTaskStatusRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.UpdateTaskStatusRequest;

            /**
             * Creates a plain object from an UpdateTaskStatusRequest message. Also converts values to other types if specified.
             * @param message UpdateTaskStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.UpdateTaskStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateTaskStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateTaskStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateTaskStatusRequest {

            /** Properties of an UpdateTaskStatusRequest. */
            interface $Properties {

                /** UpdateTaskStatusRequest sessionId */
                sessionId?: (string|null);

                /** UpdateTaskStatusRequest updates */
                updates?: (shoal.v1.TaskStatusUpdate.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateTaskStatusRequest. */
            type $Shape = shoal.v1.UpdateTaskStatusRequest.$Properties;
        }

        /**
         * Properties of an UpdateTaskStatusResponse.
         * @deprecated Use shoal.v1.UpdateTaskStatusResponse.$Properties instead.
         */
        interface IUpdateTaskStatusResponse extends shoal.v1.UpdateTaskStatusResponse.$Properties {
        }

        /** Represents an UpdateTaskStatusResponse. */
        class UpdateTaskStatusResponse {

            /**
             * Constructs a new UpdateTaskStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.UpdateTaskStatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new UpdateTaskStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateTaskStatusResponse instance
             */
            static create(properties: shoal.v1.UpdateTaskStatusResponse.$Shape): shoal.v1.UpdateTaskStatusResponse & shoal.v1.UpdateTaskStatusResponse.$Shape;
            static create(properties?: shoal.v1.UpdateTaskStatusResponse.$Properties): shoal.v1.UpdateTaskStatusResponse;

            /**
             * Encodes the specified UpdateTaskStatusResponse message. Does not implicitly {@link shoal.v1.UpdateTaskStatusResponse.verify|verify} messages.
             * @param message UpdateTaskStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.UpdateTaskStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateTaskStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.UpdateTaskStatusResponse & shoal.v1.UpdateTaskStatusResponse.$Shape} UpdateTaskStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.UpdateTaskStatusResponse & shoal.v1.UpdateTaskStatusResponse.$Shape;

            /**
             * Creates an UpdateTaskStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateTaskStatusResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.UpdateTaskStatusResponse;

            /**
             * Creates a plain object from an UpdateTaskStatusResponse message. Also converts values to other types if specified.
             * @param message UpdateTaskStatusResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.UpdateTaskStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateTaskStatusResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateTaskStatusResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateTaskStatusResponse {

            /** Properties of an UpdateTaskStatusResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateTaskStatusResponse. */
            type $Shape = shoal.v1.UpdateTaskStatusResponse.$Properties;
        }

        /** Represents a Raft */
        class Raft extends $protobuf.rpc.Service {

            /**
             * Constructs a new Raft service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Raft service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Raft;

            /** Calls ProcessRaftMessage. */
            processRaftMessage: shoal.v1.Raft.ProcessRaftMessage;

            /** Calls StreamRaftMessages. */
            streamRaftMessages: shoal.v1.Raft.StreamRaftMessages;

            /** Calls Join. */
            join: shoal.v1.Raft.Join;

            /** Calls ControlProxy. */
            controlProxy: shoal.v1.Raft.ControlProxy;

            /** Calls GetSecretsKey. */
            getSecretsKey: shoal.v1.Raft.GetSecretsKey;
        }

        namespace Raft {

            /**
             * Callback as used by {@link shoal.v1.Raft#processRaftMessage}.
             * @param error Error, if any
             * @param [response] ProcessRaftMessageResponse
             */
            type ProcessRaftMessageCallback = (error: (Error|null), response?: shoal.v1.ProcessRaftMessageResponse) => void;

            /** Calls ProcessRaftMessage. */
            type ProcessRaftMessage = {
              (request: shoal.v1.IProcessRaftMessageRequest, callback: shoal.v1.Raft.ProcessRaftMessageCallback): void;
              (request: shoal.v1.IProcessRaftMessageRequest): Promise<shoal.v1.ProcessRaftMessageResponse>;
              readonly name: "ProcessRaftMessage";
              readonly path: "/shoal.v1.Raft/ProcessRaftMessage";
              readonly requestType: "ProcessRaftMessageRequest";
              readonly responseType: "ProcessRaftMessageResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.Raft#streamRaftMessages}.
             * @param error Error, if any
             * @param [response] ProcessRaftMessageResponse
             */
            type StreamRaftMessagesCallback = (error: (Error|null), response?: shoal.v1.ProcessRaftMessageResponse) => void;

            /** Calls StreamRaftMessages. */
            type StreamRaftMessages = {
              (request: shoal.v1.IProcessRaftMessageRequest, callback: shoal.v1.Raft.StreamRaftMessagesCallback): void;
              (request: shoal.v1.IProcessRaftMessageRequest): Promise<shoal.v1.ProcessRaftMessageResponse>;
              readonly name: "StreamRaftMessages";
              readonly path: "/shoal.v1.Raft/StreamRaftMessages";
              readonly requestType: "ProcessRaftMessageRequest";
              readonly responseType: "ProcessRaftMessageResponse";
              readonly requestStream: true;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.Raft#join}.
             * @param error Error, if any
             * @param [response] RaftJoinResponse
             */
            type JoinCallback = (error: (Error|null), response?: shoal.v1.RaftJoinResponse) => void;

            /** Calls Join. */
            type Join = {
              (request: shoal.v1.IRaftJoinRequest, callback: shoal.v1.Raft.JoinCallback): void;
              (request: shoal.v1.IRaftJoinRequest): Promise<shoal.v1.RaftJoinResponse>;
              readonly name: "Join";
              readonly path: "/shoal.v1.Raft/Join";
              readonly requestType: "RaftJoinRequest";
              readonly responseType: "RaftJoinResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.Raft#controlProxy}.
             * @param error Error, if any
             * @param [response] ControlProxyResponse
             */
            type ControlProxyCallback = (error: (Error|null), response?: shoal.v1.ControlProxyResponse) => void;

            /** Calls ControlProxy. */
            type ControlProxy = {
              (request: shoal.v1.IControlProxyRequest, callback: shoal.v1.Raft.ControlProxyCallback): void;
              (request: shoal.v1.IControlProxyRequest): Promise<shoal.v1.ControlProxyResponse>;
              readonly name: "ControlProxy";
              readonly path: "/shoal.v1.Raft/ControlProxy";
              readonly requestType: "ControlProxyRequest";
              readonly responseType: "ControlProxyResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link shoal.v1.Raft#getSecretsKey}.
             * @param error Error, if any
             * @param [response] GetSecretsKeyResponse
             */
            type GetSecretsKeyCallback = (error: (Error|null), response?: shoal.v1.GetSecretsKeyResponse) => void;

            /** Calls GetSecretsKey. */
            type GetSecretsKey = {
              (request: shoal.v1.IGetSecretsKeyRequest, callback: shoal.v1.Raft.GetSecretsKeyCallback): void;
              (request: shoal.v1.IGetSecretsKeyRequest): Promise<shoal.v1.GetSecretsKeyResponse>;
              readonly name: "GetSecretsKey";
              readonly path: "/shoal.v1.Raft/GetSecretsKey";
              readonly requestType: "GetSecretsKeyRequest";
              readonly responseType: "GetSecretsKeyResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a ProcessRaftMessageRequest.
         * @deprecated Use shoal.v1.ProcessRaftMessageRequest.$Properties instead.
         */
        interface IProcessRaftMessageRequest extends shoal.v1.ProcessRaftMessageRequest.$Properties {
        }

        /** Represents a ProcessRaftMessageRequest. */
        class ProcessRaftMessageRequest {

            /**
             * Constructs a new ProcessRaftMessageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ProcessRaftMessageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessRaftMessageRequest messages. */
            messages: Uint8Array[];

            /** ProcessRaftMessageRequest from. */
            from: number;

            /** ProcessRaftMessageRequest fromAddr. */
            fromAddr: string;

            /**
             * Creates a new ProcessRaftMessageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessRaftMessageRequest instance
             */
            static create(properties: shoal.v1.ProcessRaftMessageRequest.$Shape): shoal.v1.ProcessRaftMessageRequest & shoal.v1.ProcessRaftMessageRequest.$Shape;
            static create(properties?: shoal.v1.ProcessRaftMessageRequest.$Properties): shoal.v1.ProcessRaftMessageRequest;

            /**
             * Encodes the specified ProcessRaftMessageRequest message. Does not implicitly {@link shoal.v1.ProcessRaftMessageRequest.verify|verify} messages.
             * @param message ProcessRaftMessageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ProcessRaftMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessRaftMessageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessRaftMessageRequest & shoal.v1.ProcessRaftMessageRequest.$Shape} ProcessRaftMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ProcessRaftMessageRequest & shoal.v1.ProcessRaftMessageRequest.$Shape;

            /**
             * Creates a ProcessRaftMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessRaftMessageRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ProcessRaftMessageRequest;

            /**
             * Creates a plain object from a ProcessRaftMessageRequest message. Also converts values to other types if specified.
             * @param message ProcessRaftMessageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ProcessRaftMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessRaftMessageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessRaftMessageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessRaftMessageRequest {

            /** Properties of a ProcessRaftMessageRequest. */
            interface $Properties {

                /** ProcessRaftMessageRequest messages */
                messages?: (Uint8Array[]|null);

                /** ProcessRaftMessageRequest from */
                from?: (number|null);

                /** ProcessRaftMessageRequest fromAddr */
                fromAddr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessRaftMessageRequest. */
            type $Shape = shoal.v1.ProcessRaftMessageRequest.$Properties;
        }

        /**
         * Properties of a ProcessRaftMessageResponse.
         * @deprecated Use shoal.v1.ProcessRaftMessageResponse.$Properties instead.
         */
        interface IProcessRaftMessageResponse extends shoal.v1.ProcessRaftMessageResponse.$Properties {
        }

        /** Represents a ProcessRaftMessageResponse. */
        class ProcessRaftMessageResponse {

            /**
             * Constructs a new ProcessRaftMessageResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ProcessRaftMessageResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ProcessRaftMessageResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessRaftMessageResponse instance
             */
            static create(properties: shoal.v1.ProcessRaftMessageResponse.$Shape): shoal.v1.ProcessRaftMessageResponse & shoal.v1.ProcessRaftMessageResponse.$Shape;
            static create(properties?: shoal.v1.ProcessRaftMessageResponse.$Properties): shoal.v1.ProcessRaftMessageResponse;

            /**
             * Encodes the specified ProcessRaftMessageResponse message. Does not implicitly {@link shoal.v1.ProcessRaftMessageResponse.verify|verify} messages.
             * @param message ProcessRaftMessageResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ProcessRaftMessageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessRaftMessageResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ProcessRaftMessageResponse & shoal.v1.ProcessRaftMessageResponse.$Shape} ProcessRaftMessageResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ProcessRaftMessageResponse & shoal.v1.ProcessRaftMessageResponse.$Shape;

            /**
             * Creates a ProcessRaftMessageResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessRaftMessageResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ProcessRaftMessageResponse;

            /**
             * Creates a plain object from a ProcessRaftMessageResponse message. Also converts values to other types if specified.
             * @param message ProcessRaftMessageResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ProcessRaftMessageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessRaftMessageResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessRaftMessageResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessRaftMessageResponse {

            /** Properties of a ProcessRaftMessageResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessRaftMessageResponse. */
            type $Shape = shoal.v1.ProcessRaftMessageResponse.$Properties;
        }

        /**
         * Properties of a RaftJoinRequest.
         * @deprecated Use shoal.v1.RaftJoinRequest.$Properties instead.
         */
        interface IRaftJoinRequest extends shoal.v1.RaftJoinRequest.$Properties {
        }

        /** Represents a RaftJoinRequest. */
        class RaftJoinRequest {

            /**
             * Constructs a new RaftJoinRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RaftJoinRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftJoinRequest raftId. */
            raftId: number;

            /** RaftJoinRequest addr. */
            addr: string;

            /** RaftJoinRequest nodeId. */
            nodeId: string;

            /**
             * Creates a new RaftJoinRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftJoinRequest instance
             */
            static create(properties: shoal.v1.RaftJoinRequest.$Shape): shoal.v1.RaftJoinRequest & shoal.v1.RaftJoinRequest.$Shape;
            static create(properties?: shoal.v1.RaftJoinRequest.$Properties): shoal.v1.RaftJoinRequest;

            /**
             * Encodes the specified RaftJoinRequest message. Does not implicitly {@link shoal.v1.RaftJoinRequest.verify|verify} messages.
             * @param message RaftJoinRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RaftJoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftJoinRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RaftJoinRequest & shoal.v1.RaftJoinRequest.$Shape} RaftJoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RaftJoinRequest & shoal.v1.RaftJoinRequest.$Shape;

            /**
             * Creates a RaftJoinRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftJoinRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RaftJoinRequest;

            /**
             * Creates a plain object from a RaftJoinRequest message. Also converts values to other types if specified.
             * @param message RaftJoinRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RaftJoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftJoinRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftJoinRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftJoinRequest {

            /** Properties of a RaftJoinRequest. */
            interface $Properties {

                /** RaftJoinRequest raftId */
                raftId?: (number|null);

                /** RaftJoinRequest addr */
                addr?: (string|null);

                /** RaftJoinRequest nodeId */
                nodeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftJoinRequest. */
            type $Shape = shoal.v1.RaftJoinRequest.$Properties;
        }

        /**
         * Properties of a RaftMember.
         * @deprecated Use shoal.v1.RaftMember.$Properties instead.
         */
        interface IRaftMember extends shoal.v1.RaftMember.$Properties {
        }

        /** Represents a RaftMember. */
        class RaftMember {

            /**
             * Constructs a new RaftMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RaftMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftMember raftId. */
            raftId: number;

            /** RaftMember addr. */
            addr: string;

            /**
             * Creates a new RaftMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftMember instance
             */
            static create(properties: shoal.v1.RaftMember.$Shape): shoal.v1.RaftMember & shoal.v1.RaftMember.$Shape;
            static create(properties?: shoal.v1.RaftMember.$Properties): shoal.v1.RaftMember;

            /**
             * Encodes the specified RaftMember message. Does not implicitly {@link shoal.v1.RaftMember.verify|verify} messages.
             * @param message RaftMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RaftMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RaftMember & shoal.v1.RaftMember.$Shape} RaftMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RaftMember & shoal.v1.RaftMember.$Shape;

            /**
             * Creates a RaftMember message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftMember
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RaftMember;

            /**
             * Creates a plain object from a RaftMember message. Also converts values to other types if specified.
             * @param message RaftMember
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RaftMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftMember {

            /** Properties of a RaftMember. */
            interface $Properties {

                /** RaftMember raftId */
                raftId?: (number|null);

                /** RaftMember addr */
                addr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftMember. */
            type $Shape = shoal.v1.RaftMember.$Properties;
        }

        /**
         * Properties of a RaftJoinResponse.
         * @deprecated Use shoal.v1.RaftJoinResponse.$Properties instead.
         */
        interface IRaftJoinResponse extends shoal.v1.RaftJoinResponse.$Properties {
        }

        /** Represents a RaftJoinResponse. */
        class RaftJoinResponse {

            /**
             * Constructs a new RaftJoinResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RaftJoinResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftJoinResponse members. */
            members: shoal.v1.RaftMember.$Properties[];

            /** RaftJoinResponse secretsKey. */
            secretsKey: Uint8Array;

            /**
             * Creates a new RaftJoinResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftJoinResponse instance
             */
            static create(properties: shoal.v1.RaftJoinResponse.$Shape): shoal.v1.RaftJoinResponse & shoal.v1.RaftJoinResponse.$Shape;
            static create(properties?: shoal.v1.RaftJoinResponse.$Properties): shoal.v1.RaftJoinResponse;

            /**
             * Encodes the specified RaftJoinResponse message. Does not implicitly {@link shoal.v1.RaftJoinResponse.verify|verify} messages.
             * @param message RaftJoinResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RaftJoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftJoinResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RaftJoinResponse & shoal.v1.RaftJoinResponse.$Shape} RaftJoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RaftJoinResponse & shoal.v1.RaftJoinResponse.$Shape;

            /**
             * Creates a RaftJoinResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftJoinResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RaftJoinResponse;

            /**
             * Creates a plain object from a RaftJoinResponse message. Also converts values to other types if specified.
             * @param message RaftJoinResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RaftJoinResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftJoinResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftJoinResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftJoinResponse {

            /** Properties of a RaftJoinResponse. */
            interface $Properties {

                /** RaftJoinResponse members */
                members?: (shoal.v1.RaftMember.$Properties[]|null);

                /** RaftJoinResponse secretsKey */
                secretsKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftJoinResponse. */
            type $Shape = shoal.v1.RaftJoinResponse.$Properties;
        }

        /**
         * Properties of a GetSecretsKeyRequest.
         * @deprecated Use shoal.v1.GetSecretsKeyRequest.$Properties instead.
         */
        interface IGetSecretsKeyRequest extends shoal.v1.GetSecretsKeyRequest.$Properties {
        }

        /** Represents a GetSecretsKeyRequest. */
        class GetSecretsKeyRequest {

            /**
             * Constructs a new GetSecretsKeyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.GetSecretsKeyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetSecretsKeyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSecretsKeyRequest instance
             */
            static create(properties: shoal.v1.GetSecretsKeyRequest.$Shape): shoal.v1.GetSecretsKeyRequest & shoal.v1.GetSecretsKeyRequest.$Shape;
            static create(properties?: shoal.v1.GetSecretsKeyRequest.$Properties): shoal.v1.GetSecretsKeyRequest;

            /**
             * Encodes the specified GetSecretsKeyRequest message. Does not implicitly {@link shoal.v1.GetSecretsKeyRequest.verify|verify} messages.
             * @param message GetSecretsKeyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.GetSecretsKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSecretsKeyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.GetSecretsKeyRequest & shoal.v1.GetSecretsKeyRequest.$Shape} GetSecretsKeyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.GetSecretsKeyRequest & shoal.v1.GetSecretsKeyRequest.$Shape;

            /**
             * Creates a GetSecretsKeyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSecretsKeyRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.GetSecretsKeyRequest;

            /**
             * Creates a plain object from a GetSecretsKeyRequest message. Also converts values to other types if specified.
             * @param message GetSecretsKeyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.GetSecretsKeyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSecretsKeyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetSecretsKeyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSecretsKeyRequest {

            /** Properties of a GetSecretsKeyRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSecretsKeyRequest. */
            type $Shape = shoal.v1.GetSecretsKeyRequest.$Properties;
        }

        /**
         * Properties of a GetSecretsKeyResponse.
         * @deprecated Use shoal.v1.GetSecretsKeyResponse.$Properties instead.
         */
        interface IGetSecretsKeyResponse extends shoal.v1.GetSecretsKeyResponse.$Properties {
        }

        /** Represents a GetSecretsKeyResponse. */
        class GetSecretsKeyResponse {

            /**
             * Constructs a new GetSecretsKeyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.GetSecretsKeyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetSecretsKeyResponse secretsKey. */
            secretsKey: Uint8Array;

            /**
             * Creates a new GetSecretsKeyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSecretsKeyResponse instance
             */
            static create(properties: shoal.v1.GetSecretsKeyResponse.$Shape): shoal.v1.GetSecretsKeyResponse & shoal.v1.GetSecretsKeyResponse.$Shape;
            static create(properties?: shoal.v1.GetSecretsKeyResponse.$Properties): shoal.v1.GetSecretsKeyResponse;

            /**
             * Encodes the specified GetSecretsKeyResponse message. Does not implicitly {@link shoal.v1.GetSecretsKeyResponse.verify|verify} messages.
             * @param message GetSecretsKeyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.GetSecretsKeyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSecretsKeyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.GetSecretsKeyResponse & shoal.v1.GetSecretsKeyResponse.$Shape} GetSecretsKeyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.GetSecretsKeyResponse & shoal.v1.GetSecretsKeyResponse.$Shape;

            /**
             * Creates a GetSecretsKeyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSecretsKeyResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.GetSecretsKeyResponse;

            /**
             * Creates a plain object from a GetSecretsKeyResponse message. Also converts values to other types if specified.
             * @param message GetSecretsKeyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.GetSecretsKeyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSecretsKeyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetSecretsKeyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSecretsKeyResponse {

            /** Properties of a GetSecretsKeyResponse. */
            interface $Properties {

                /** GetSecretsKeyResponse secretsKey */
                secretsKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSecretsKeyResponse. */
            type $Shape = shoal.v1.GetSecretsKeyResponse.$Properties;
        }

        /**
         * Properties of a ControlProxyRequest.
         * @deprecated Use shoal.v1.ControlProxyRequest.$Properties instead.
         */
        interface IControlProxyRequest extends shoal.v1.ControlProxyRequest.$Properties {
        }

        /** Represents a ControlProxyRequest. */
        class ControlProxyRequest {

            /**
             * Constructs a new ControlProxyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ControlProxyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlProxyRequest method. */
            method: string;

            /** ControlProxyRequest path. */
            path: string;

            /** ControlProxyRequest body. */
            body: Uint8Array;

            /** ControlProxyRequest headers. */
            headers: { [k: string]: string };

            /** ControlProxyRequest requestId. */
            requestId: string;

            /**
             * Creates a new ControlProxyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlProxyRequest instance
             */
            static create(properties: shoal.v1.ControlProxyRequest.$Shape): shoal.v1.ControlProxyRequest & shoal.v1.ControlProxyRequest.$Shape;
            static create(properties?: shoal.v1.ControlProxyRequest.$Properties): shoal.v1.ControlProxyRequest;

            /**
             * Encodes the specified ControlProxyRequest message. Does not implicitly {@link shoal.v1.ControlProxyRequest.verify|verify} messages.
             * @param message ControlProxyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ControlProxyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlProxyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ControlProxyRequest & shoal.v1.ControlProxyRequest.$Shape} ControlProxyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ControlProxyRequest & shoal.v1.ControlProxyRequest.$Shape;

            /**
             * Creates a ControlProxyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ControlProxyRequest
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ControlProxyRequest;

            /**
             * Creates a plain object from a ControlProxyRequest message. Also converts values to other types if specified.
             * @param message ControlProxyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ControlProxyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlProxyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlProxyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlProxyRequest {

            /** Properties of a ControlProxyRequest. */
            interface $Properties {

                /** ControlProxyRequest method */
                method?: (string|null);

                /** ControlProxyRequest path */
                path?: (string|null);

                /** ControlProxyRequest body */
                body?: (Uint8Array|null);

                /** ControlProxyRequest headers */
                headers?: ({ [k: string]: string }|null);

                /** ControlProxyRequest requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlProxyRequest. */
            type $Shape = shoal.v1.ControlProxyRequest.$Properties;
        }

        /**
         * Properties of a RequestRecord.
         * @deprecated Use shoal.v1.RequestRecord.$Properties instead.
         */
        interface IRequestRecord extends shoal.v1.RequestRecord.$Properties {
        }

        /** Represents a RequestRecord. */
        class RequestRecord {

            /**
             * Constructs a new RequestRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.RequestRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestRecord meta. */
            meta?: (shoal.v1.Meta.$Properties|null);

            /** RequestRecord method. */
            method: string;

            /** RequestRecord path. */
            path: string;

            /** RequestRecord createdId. */
            createdId: string;

            /** RequestRecord refusedCode. */
            refusedCode: string;

            /** RequestRecord refusedMessage. */
            refusedMessage: string;

            /**
             * Creates a new RequestRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestRecord instance
             */
            static create(properties: shoal.v1.RequestRecord.$Shape): shoal.v1.RequestRecord & shoal.v1.RequestRecord.$Shape;
            static create(properties?: shoal.v1.RequestRecord.$Properties): shoal.v1.RequestRecord;

            /**
             * Encodes the specified RequestRecord message. Does not implicitly {@link shoal.v1.RequestRecord.verify|verify} messages.
             * @param message RequestRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.RequestRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.RequestRecord & shoal.v1.RequestRecord.$Shape} RequestRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.RequestRecord & shoal.v1.RequestRecord.$Shape;

            /**
             * Creates a RequestRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestRecord
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.RequestRecord;

            /**
             * Creates a plain object from a RequestRecord message. Also converts values to other types if specified.
             * @param message RequestRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.RequestRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestRecord {

            /** Properties of a RequestRecord. */
            interface $Properties {

                /** RequestRecord meta */
                meta?: (shoal.v1.Meta.$Properties|null);

                /** RequestRecord method */
                method?: (string|null);

                /** RequestRecord path */
                path?: (string|null);

                /** RequestRecord createdId */
                createdId?: (string|null);

                /** RequestRecord refusedCode */
                refusedCode?: (string|null);

                /** RequestRecord refusedMessage */
                refusedMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestRecord. */
            type $Shape = shoal.v1.RequestRecord.$Properties;
        }

        /**
         * Properties of a ControlProxyResponse.
         * @deprecated Use shoal.v1.ControlProxyResponse.$Properties instead.
         */
        interface IControlProxyResponse extends shoal.v1.ControlProxyResponse.$Properties {
        }

        /** Represents a ControlProxyResponse. */
        class ControlProxyResponse {

            /**
             * Constructs a new ControlProxyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: shoal.v1.ControlProxyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlProxyResponse status. */
            status: number;

            /** ControlProxyResponse contentType. */
            contentType: string;

            /** ControlProxyResponse body. */
            body: Uint8Array;

            /**
             * Creates a new ControlProxyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlProxyResponse instance
             */
            static create(properties: shoal.v1.ControlProxyResponse.$Shape): shoal.v1.ControlProxyResponse & shoal.v1.ControlProxyResponse.$Shape;
            static create(properties?: shoal.v1.ControlProxyResponse.$Properties): shoal.v1.ControlProxyResponse;

            /**
             * Encodes the specified ControlProxyResponse message. Does not implicitly {@link shoal.v1.ControlProxyResponse.verify|verify} messages.
             * @param message ControlProxyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: shoal.v1.ControlProxyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlProxyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {shoal.v1.ControlProxyResponse & shoal.v1.ControlProxyResponse.$Shape} ControlProxyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shoal.v1.ControlProxyResponse & shoal.v1.ControlProxyResponse.$Shape;

            /**
             * Creates a ControlProxyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ControlProxyResponse
             */
            static fromObject(object: { [k: string]: any }): shoal.v1.ControlProxyResponse;

            /**
             * Creates a plain object from a ControlProxyResponse message. Also converts values to other types if specified.
             * @param message ControlProxyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: shoal.v1.ControlProxyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlProxyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlProxyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlProxyResponse {

            /** Properties of a ControlProxyResponse. */
            interface $Properties {

                /** ControlProxyResponse status */
                status?: (number|null);

                /** ControlProxyResponse contentType */
                contentType?: (string|null);

                /** ControlProxyResponse body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlProxyResponse. */
            type $Shape = shoal.v1.ControlProxyResponse.$Properties;
        }
    }
}
