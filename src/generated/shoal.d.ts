import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace shoal. */
export namespace shoal {

    /** Namespace v1. */
    namespace v1 {

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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeDescription. */
            type $Shape = shoal.v1.NodeDescription.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessSpec. */
            type $Shape = shoal.v1.ProcessSpec.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskSpec. */
            type $Shape = shoal.v1.TaskSpec.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceSpec. */
            type $Shape = shoal.v1.ServiceSpec.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Service. */
            type $Shape = shoal.v1.Service.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Task. */
            type $Shape = shoal.v1.Task.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterSpec. */
            type $Shape = shoal.v1.ClusterSpec.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cluster. */
            type $Shape = shoal.v1.Cluster.$Properties;
        }
    }
}
